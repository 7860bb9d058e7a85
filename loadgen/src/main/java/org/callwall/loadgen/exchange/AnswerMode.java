package org.callwall.loadgen.exchange;

/** How the terminating exchange answers a forwarded IAM; every mode ends with REL so the circuit clears. */
public enum AnswerMode {
    /** ACM, ANM, then REL: a call answered and hung up at once (5 messages per call). */
    ANSWER,
    /** ACM then REL. */
    ALERT,
    /** REL at once (3 messages per call): the lightest load per IAM. */
    RELEASE
}
