package org.callwall.loadgen.exchange;

/** The two exchanges the generator plays. */
public enum Side {
    /** Sends IAMs and answers REL with RLC. */
    ORIGINATING,
    /** Receives IAMs and answers them per the {@link AnswerMode}. */
    TERMINATING
}
