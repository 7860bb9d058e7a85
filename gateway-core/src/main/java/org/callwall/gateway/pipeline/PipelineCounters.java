package org.callwall.gateway.pipeline;

/**
 * What the pipeline saw besides the screened calls themselves, which the {@link CallSink} counts.
 * Written by the event loop only; read by management threads (volatile, single writer).
 */
public final class PipelineCounters {

    volatile long iamsIn;
    volatile long iamsEnded;
    volatile long nonIsupRelayed;
    volatile long isupRelayed;
    volatile long releaseCompleteAbsorbed;
    volatile long crossingReleases;
    volatile long resetsClearingReleased;
    volatile long releaseRepeats;
    volatile long resetsSent;
    volatile long untrackedReleases;
    volatile long malformedIsup;
    volatile long undeliverable;
    volatile long overlapTracked;
    volatile long overlapUntracked;
    volatile long overlapCompleted;
    volatile long overlapTimeouts;
    volatile long overlapReleases;
    volatile long overlapActionsNotApplied;
    volatile long subsequentAddressAbsorbed;
    volatile long iamsHeld;
    volatile long heldSent;
    volatile long heldReleased;

    /** IAMs that entered the pipeline. */
    public long iamsIn() {
        return iamsIn;
    }

    /**
     * IAMs reported to the sink as ended; equals {@link #iamsIn()} whenever the loop is idle and no IAM
     * waits for an AS-PENDING route.
     */
    public long iamsEnded() {
        return iamsEnded;
    }

    /**
     * IAMs handed to a route whose AS was AS-PENDING (RFC 4666 T(r) running): each is reported to the sink
     * later, once, as sent ({@link #heldSent()}) or released with cause 38 ({@link #heldReleased()}).
     */
    public long iamsHeld() {
        return iamsHeld;
    }

    /** Held IAMs the AS sent once an association was active again. */
    public long heldSent() {
        return heldSent;
    }

    /** Held IAMs the AS discarded when T(r) expired: released toward the originator with cause 38. */
    public long heldReleased() {
        return heldReleased;
    }

    /** DATA with a service indicator other than ISUP, relayed untouched. */
    public long nonIsupRelayed() {
        return nonIsupRelayed;
    }

    /** ISUP messages other than IAM relayed (including those of unknown type). */
    public long isupRelayed() {
        return isupRelayed;
    }

    /** RLCs from originators of calls the gateway released, absorbed. */
    public long releaseCompleteAbsorbed() {
        return releaseCompleteAbsorbed;
    }

    /** RELs from originators that crossed the gateway's own REL, answered with RLC. */
    public long crossingReleases() {
        return crossingReleases;
    }

    /** Released circuits cleared by an RSC or GRS from the originator. */
    public long resetsClearingReleased() {
        return resetsClearingReleased;
    }

    /** RELs repeated on T1 expiry. */
    public long releaseRepeats() {
        return releaseRepeats;
    }

    /** RSCs sent on T5 expiry (each one is also an alarm in the log). */
    public long resetsSent() {
        return resetsSent;
    }

    /** RELs sent while the table of released circuits was full (their RLC will be relayed). */
    public long untrackedReleases() {
        return untrackedReleases;
    }

    /** ISUP messages too short to carry a CIC and message type, relayed untouched. */
    public long malformedIsup() {
        return malformedIsup;
    }

    /** Non-IAM messages that found no route or no active association (not delivered). */
    public long undeliverable() {
        return undeliverable;
    }

    /** Calls forwarded with an incomplete called number (no ST) and tracked until it completes. */
    public long overlapTracked() {
        return overlapTracked;
    }

    /** Calls with an incomplete called number not tracked because the overlap table was full. */
    public long overlapUntracked() {
        return overlapUntracked;
    }

    /** Overlap calls screened again once SAMs completed their called number (ST or maximum length). */
    public long overlapCompleted() {
        return overlapCompleted;
    }

    /** Overlap calls screened again on the digits they had when the overlap timeout expired. */
    public long overlapTimeouts() {
        return overlapTimeouts;
    }

    /**
     * Overlap calls released by the second screening. Each was already reported once to the
     * {@link CallSink} when its IAM was screened; this counts the later release as its own event.
     */
    public long overlapReleases() {
        return overlapReleases;
    }

    /** Second screenings that asked to divert or modify a call already forwarded: logged, not applied. */
    public long overlapActionsNotApplied() {
        return overlapActionsNotApplied;
    }

    /**
     * SAMs absorbed: of a diverted call (its called number was replaced), of a call released on them, or of
     * a circuit the gateway released that awaits its RLC.
     */
    public long subsequentAddressAbsorbed() {
        return subsequentAddressAbsorbed;
    }
}
