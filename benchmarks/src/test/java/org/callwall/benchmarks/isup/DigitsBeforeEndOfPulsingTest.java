package org.callwall.benchmarks.isup;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import org.callwall.isup.param.NumberDigits;
import org.junit.jupiter.api.Test;

class DigitsBeforeEndOfPulsingTest {

    @Test
    void shouldLeaveOffATrailingEndOfPulsingSignal() {
        // 9084200112F: odd count of 11 signals, the last one ST (xdr_tester_isup#1 called number)
        NumberDigits digits = new NumberDigits().wrap(Unpooled.wrappedBuffer(new byte[] {
            0x09, 0x48, 0x02, 0x10, 0x21, 0x0F}), 0, 6, true);

        assertThat(digits.toString()).isEqualTo("9084200112F");
        assertThat(DigitsBeforeEndOfPulsing.wrap(new NumberDigits(), digits).toString()).isEqualTo("9084200112");
    }

    @Test
    void shouldKeepDigitsWithoutEndOfPulsing() {
        NumberDigits digits = new NumberDigits().wrap(Unpooled.wrappedBuffer(new byte[] {0x21, (byte) 0xF3}), 0, 2,
                false);

        assertThat(digits.toString()).isEqualTo("123F");
        assertThat(DigitsBeforeEndOfPulsing.wrap(new NumberDigits(), digits).toString()).isEqualTo("123");
        assertThat(DigitsBeforeEndOfPulsing.wrap(new NumberDigits(), new NumberDigits().clear()).length()).isZero();
    }
}
