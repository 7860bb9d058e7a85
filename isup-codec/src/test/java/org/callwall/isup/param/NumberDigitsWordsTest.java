package org.callwall.isup.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Signal words carry exactly the signals {@code signal(i)} reads, and nothing outside the digit octets. */
class NumberDigitsWordsTest {

    @Test
    void shouldPackTheCapturedCalledNumberLowNibbleFirstWithTheFillerCleared() {
        // xdr_tester_isup#1 called number digits 9084200112F, odd: 09 48 02 10 21 0f, filler 0
        ByteBuf octets = Unpooled.wrappedBuffer(HexFormat.of().parseHex("09480210210f"));
        NumberDigits digits = new NumberDigits().wrap(octets, 0, 6, true);

        assertThat(digits.signalWords()).isEqualTo(1);
        assertThat(digits.signalWord(0)).isEqualTo(0xF2110024809L);
    }

    @Test
    void shouldClearANonZeroFillerAndSpreadEighteenDigitsOverTwoWords() {
        ByteBuf octets = Unpooled.wrappedBuffer(HexFormat.of().parseHex("2143658709214365f7"));
        NumberDigits digits = new NumberDigits().wrap(octets, 0, 9, true);

        assertThat(digits.length()).isEqualTo(17);
        assertThat(digits.signalWords()).isEqualTo(2);
        assertThat(digits.signalWord(0)).isEqualTo(0x6543210987654321L);
        assertThat(digits.signalWord(1)).isEqualTo(0x7L);
    }

    @Test
    void shouldReadWordsFromAPooledDirectBuffer() {
        ByteBuf direct = PooledByteBufAllocator.DEFAULT.directBuffer(16);
        try {
            direct.writeBytes(HexFormat.of().parseHex("ff2143658709214365ff"));
            NumberDigits digits = new NumberDigits().wrap(direct, 1, 8, false);

            assertThat(digits.signalWord(0)).isEqualTo(0x6543210987654321L);
        } finally {
            direct.release();
        }
    }

    @Test
    void shouldShowTheFirstDigitsOfANumberInPlace() {
        ByteBuf octets = Unpooled.wrappedBuffer(HexFormat.of().parseHex("09480210210f"));
        NumberDigits called = new NumberDigits().wrap(octets, 0, 6, true);
        NumberDigits beforeEndOfPulsing = new NumberDigits().wrapFirst(called, 10);

        assertThat(beforeEndOfPulsing.toString()).isEqualTo("9084200112");
        assertThat(beforeEndOfPulsing.signalWord(0)).isEqualTo(0x2110024809L);
        assertThat(new NumberDigits().wrapFirst(called, 0).signalWords()).isZero();
        assertThatThrownBy(() -> new NumberDigits().wrapFirst(called, 12))
                .isInstanceOf(IndexOutOfBoundsException.class).hasMessage("digits: 12 (expected: 0..11)");
    }

    @Test
    void shouldRejectWordsOutsideTheNumber() {
        NumberDigits digits = new NumberDigits().wrap(Unpooled.wrappedBuffer(new byte[] {0x21}), 0, 1, false);

        assertThatThrownBy(() -> digits.signalWord(1)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("signal word: 1 (expected: 0..0)");
        assertThatThrownBy(() -> digits.signalWord(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new NumberDigits().clear().signalWord(0))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Property(tries = 2000)
    void wordsHoldEverySignalAndZeroPastTheEnd(@ForAll @Size(max = 20) byte[] octets, @ForAll boolean odd,
            @ForAll @IntRange(max = 5) int before) {
        // The digit octets sit in a slice with strict bounds: a read past them would throw.
        byte[] padded = new byte[before + octets.length + 8];
        System.arraycopy(octets, 0, padded, before, octets.length);
        ByteBuf slice = Unpooled.wrappedBuffer(padded).slice(0, before + octets.length);
        NumberDigits digits = new NumberDigits().wrap(slice, before, octets.length, odd);

        assertThat(digits.signalWords()).isEqualTo((digits.length() + 15) / 16);
        for (int word = 0; word < digits.signalWords(); word++) {
            long packed = digits.signalWord(word);
            for (int k = 0; k < NumberDigits.SIGNALS_PER_WORD; k++) {
                int index = word * 16 + k;
                int expected = index < digits.length() ? digits.signal(index) : 0;
                assertThat((int) (packed >>> 4 * k) & 0xF).as("signal %d", index).isEqualTo(expected);
            }
        }
    }
}
