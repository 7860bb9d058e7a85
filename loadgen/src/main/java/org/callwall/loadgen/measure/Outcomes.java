package org.callwall.loadgen.measure;

/**
 * Counts of IAMs sent and of their outcomes: forwarded (the IAM reached the terminating exchange with the
 * called number sent), diverted (it arrived with another called number), released (a REL came back to the
 * originating exchange first, by Q.850 cause), timed out (neither within the call timeout). Every IAM sent
 * ends as exactly one of these, or is still in flight.
 */
public final class Outcomes {

    private long sent;
    private long forwarded;
    private long diverted;
    private long timedOut;
    private final long[] releasedByCause = new long[128];
    private final long[] errors = new long[ErrorKind.values().length];

    public void sent() {
        sent++;
    }

    public void forwarded() {
        forwarded++;
    }

    public void diverted() {
        diverted++;
    }

    public void timedOut() {
        timedOut++;
    }

    public void released(int cause) {
        releasedByCause[cause & 0x7F]++;
    }

    public void error(ErrorKind kind) {
        errors[kind.ordinal()]++;
    }

    public void errors(ErrorKind kind, long count) {
        errors[kind.ordinal()] += count;
    }

    public long sentCount() {
        return sent;
    }

    public long forwardedCount() {
        return forwarded;
    }

    public long divertedCount() {
        return diverted;
    }

    public long timedOutCount() {
        return timedOut;
    }

    public long releasedCount() {
        long sum = 0;
        for (long c : releasedByCause) {
            sum += c;
        }
        return sum;
    }

    public long releasedCount(int cause) {
        return releasedByCause[cause & 0x7F];
    }

    /** Outcomes reached (forwarded, diverted, released); timeouts are not outcomes. */
    public long completedCount() {
        return forwarded + diverted + releasedCount();
    }

    public long errorCount(ErrorKind kind) {
        return errors[kind.ordinal()];
    }

    public long errorCount() {
        long sum = 0;
        for (long e : errors) {
            sum += e;
        }
        return sum;
    }

    /** A copy, for progress deltas. */
    public Outcomes copy() {
        Outcomes c = new Outcomes();
        c.sent = sent;
        c.forwarded = forwarded;
        c.diverted = diverted;
        c.timedOut = timedOut;
        System.arraycopy(releasedByCause, 0, c.releasedByCause, 0, releasedByCause.length);
        System.arraycopy(errors, 0, c.errors, 0, errors.length);
        return c;
    }
}
