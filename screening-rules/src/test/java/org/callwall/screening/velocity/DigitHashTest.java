package org.callwall.screening.velocity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DigitHashTest {

    @Test
    void shouldTellLeadingZerosAndLengthsApart() {
        Set<Long> hashes = new HashSet<>();
        for (String digits : new String[] {"", "0", "00", "000", "0000000000", "00000000000", "1", "01", "10"}) {
            hashes.add(DigitHash.hash(digits, 0));
        }

        assertThat(hashes).hasSize(9);
    }

    @Test
    void shouldDependOnSeed() {
        assertThat(DigitHash.hash("13800000001", 1)).isNotEqualTo(DigitHash.hash("13800000001", 2));
    }

    @Test
    void shouldHashAnyCharSequenceByItsCharacters() {
        assertThat(DigitHash.hash(new StringBuilder("13800000001"), 7)).isEqualTo(DigitHash.hash("13800000001", 7));
    }

    @Test
    void shouldSpreadConsecutiveNumbersEvenlyOverLowAndHighBits() {
        int buckets = 1024;
        int numbers = 1 << 20;
        int[] low = new int[buckets];
        int[] high = new int[buckets];
        for (int i = 0; i < numbers; i++) {
            long h = DigitHash.hash(Long.toString(13_800_000_000L + i), 0);
            low[(int) (h & (buckets - 1))]++;
            high[(int) (h >>> 54)]++;
        }

        // Expected 1024 per bucket, standard deviation 32: a fair hash stays within 8 deviations.
        assertThat(Arrays.stream(low).min().getAsInt()).isGreaterThanOrEqualTo(768);
        assertThat(Arrays.stream(low).max().getAsInt()).isLessThanOrEqualTo(1280);
        assertThat(Arrays.stream(high).min().getAsInt()).isGreaterThanOrEqualTo(768);
        assertThat(Arrays.stream(high).max().getAsInt()).isLessThanOrEqualTo(1280);
    }

    @Test
    void shouldFlipAboutHalfTheBitsWhenOneDigitChanges() {
        long totalFlipped = 0;
        int pairs = 10_000;
        for (int i = 0; i < pairs; i++) {
            String a = Long.toString(13_800_000_000L + i * 10L);
            String b = Long.toString(13_800_000_000L + i * 10L + 1);
            totalFlipped += Long.bitCount(DigitHash.hash(a, 0) ^ DigitHash.hash(b, 0));
        }

        assertThat((double) totalFlipped / pairs).isBetween(31.0, 33.0);
    }
}
