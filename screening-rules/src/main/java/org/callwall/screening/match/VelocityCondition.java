package org.callwall.screening.match;

import org.callwall.screening.PartyNumber;
import org.callwall.screening.ScreeningInput;
import org.callwall.screening.TrunkGroup;
import org.callwall.screening.velocity.DigitHash;
import org.callwall.screening.velocity.VelocityStore;

/**
 * {@code velocity: {per: calling, count: distinctCalled, window: 60s, limit: 20}}: holds when the count
 * for this call's key within the window, this call included, exceeds the limit.
 *
 * <p>Evaluating the condition records the call, so only calls that reach the rule are counted: a call
 * released by an earlier rule does not feed a later velocity rule. A call screened again
 * ({@link ScreeningInput#screenedBefore()}) was counted the first time: the condition does not hold on it
 * and records nothing. Each condition salts its keys with its
 * own seed, so two rules never share counts.
 */
public final class VelocityCondition extends Condition {

    /** What the count is kept per. */
    public enum Per { CALLING, CALLING_PREFIX, TRUNK }

    /** What is counted. */
    public enum Measure { CALLS, DISTINCT_CALLED }

    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

    private final Per per;
    private final Measure measure;
    private final int prefixLength;
    private final long windowMillis;
    private final int limit;
    private final long seed;
    private final VelocityStore store;

    public VelocityCondition(Per per, Measure measure, int prefixLength, long windowMillis, int limit, long seed,
                             VelocityStore store) {
        this.per = per;
        this.measure = measure;
        this.prefixLength = prefixLength;
        this.windowMillis = windowMillis;
        this.limit = limit;
        this.seed = seed;
        this.store = store;
    }

    @Override
    public boolean test(ScreeningInput input, TrunkGroup trunk) {
        return !input.screenedBefore() && count(input, trunk) > limit;
    }

    @Override
    boolean recordsCalls() {
        return true;
    }

    @Override
    public boolean explain(ScreeningInput input, TrunkGroup trunk, Trace trace) {
        if (input.screenedBefore()) {
            trace.line("no  " + this + " [counted when the call was first screened]");
            return false;
        }
        int count = count(input, trunk);
        boolean result = count > limit;
        trace.line((result ? "yes " : "no  ") + this + " [count=" + count + " " + observed(input, trunk) + "]");
        return result;
    }

    /** The count including this call, or 0 when the key number is absent or too short (nothing recorded). */
    private int count(ScreeningInput input, TrunkGroup trunk) {
        long key;
        PartyNumber calling = input.calling();
        switch (per) {
            case CALLING -> {
                if (!calling.present() || calling.digits().length() == 0) {
                    return 0;
                }
                key = DigitHash.hash(calling.digits(), seed);
            }
            case CALLING_PREFIX -> {
                if (!calling.present() || calling.digits().length() < prefixLength) {
                    return 0;
                }
                key = prefixHash(calling.digits());
            }
            case TRUNK -> key = DigitHash.mix(seed ^ (trunk.id() * MULTIPLIER));
            default -> throw new IllegalStateException("velocity per: " + per);
        }
        long now = input.timeMillis();
        if (measure == Measure.CALLS) {
            return store.countAndRecord(key, now, windowMillis);
        }
        return store.distinctAndRecord(key, DigitHash.hash(input.called().digits(), 0), now, windowMillis);
    }

    private long prefixHash(CharSequence digits) {
        long h = seed ^ MULTIPLIER;
        for (int i = 0; i < prefixLength; i++) {
            h = (h ^ digits.charAt(i)) * MULTIPLIER;
            h ^= h >>> 29;
        }
        return DigitHash.mix(h ^ prefixLength);
    }

    @Override
    protected String observed(ScreeningInput input, TrunkGroup trunk) {
        return per == Per.TRUNK ? "trunk=" + trunk.name() : NumberField.CALLING.observe(input);
    }

    @Override
    public String toString() {
        String key = switch (per) {
            case CALLING -> "calling number";
            case CALLING_PREFIX -> "calling prefix of " + prefixLength + " digits";
            case TRUNK -> "trunk group";
        };
        String what = measure == Measure.CALLS ? "calls" : "distinct called numbers";
        return what + " per " + key + " within " + windowMillis / 1000.0 + " s above " + limit;
    }
}
