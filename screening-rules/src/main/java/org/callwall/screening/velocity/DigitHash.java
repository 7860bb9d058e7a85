package org.callwall.screening.velocity;

/**
 * 64-bit hash of a digit string, allocation-free, for velocity keys. Every character is mixed in
 * (digits, hex digits B-E or anything else), the length too, so "0" and "00" differ. The finaliser is
 * the murmur3 fmix64 avalanche, which spreads keys evenly over any power-of-two table.
 */
public final class DigitHash {

    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

    private DigitHash() {
    }

    public static long hash(CharSequence digits, long seed) {
        long h = seed ^ MULTIPLIER;
        int length = digits.length();
        for (int i = 0; i < length; i++) {
            h = (h ^ digits.charAt(i)) * MULTIPLIER;
            h ^= h >>> 29;
        }
        return mix(h ^ length);
    }

    /** The fmix64 finaliser of MurmurHash3: every input bit affects every output bit. */
    public static long mix(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }
}
