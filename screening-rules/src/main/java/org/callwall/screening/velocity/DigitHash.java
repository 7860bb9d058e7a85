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
        int i = 0;
        // Four characters, 16 bits each, make one 64-bit block: the block is the characters themselves, so
        // no two strings of one length share a block sequence, and one multiply per block instead of per
        // character keeps the dependency chain short.
        for (; i + 4 <= length; i += 4) {
            long block = digits.charAt(i) | (long) digits.charAt(i + 1) << 16
                    | (long) digits.charAt(i + 2) << 32 | (long) digits.charAt(i + 3) << 48;
            h = (h ^ block) * MULTIPLIER;
            h ^= h >>> 29;
        }
        if (i < length) {
            long block = 0;
            for (int shift = 0; i < length; i++, shift += 16) {
                block |= (long) digits.charAt(i) << shift;
            }
            h = (h ^ block) * MULTIPLIER;
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
