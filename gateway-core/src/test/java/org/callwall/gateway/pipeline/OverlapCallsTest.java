package org.callwall.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.callwall.isup.param.NumberDigits;
import org.callwall.screening.CallInput;
import org.callwall.screening.PartyNumber;
import org.junit.jupiter.api.Test;

/** The table of overlap calls: copies, completion, capacity, removal and the timeout sweep. */
class OverlapCallsTest {

    private static final long DEADLINE = 1_000;

    @Test
    void shouldScreenTheStoredCopyWithTheDigitsSamsAppended() {
        OverlapCalls calls = new OverlapCalls(8, 18);
        int slot = calls.track(ReleasedCircuits.key(2002, 1, 21), call("13912345678", "190"), null, 0, false,
                DEADLINE);

        calls.append(slot, OverlapCalls.CALLED, "0");
        assertThat(calls.calledComplete(slot)).isFalse();
        calls.append(slot, OverlapCalls.CALLED, "123F");

        StoredCall stored = new StoredCall(calls).wrap(slot);
        assertThat(calls.calledComplete(slot)).isTrue();
        assertThat(stored.called().digits()).hasToString("1900123F");
        assertThat(stored.called().nai()).isEqualTo(3);
        assertThat(stored.calling().digits()).hasToString("13912345678");
        assertThat(stored.calling().presentation()).isZero();
        assertThat(stored.genericNumber().present()).isFalse();
        assertThat(stored.opc()).isEqualTo(2002);
        assertThat(stored.cic()).isEqualTo(21);
        assertThat(stored.callingPartyCategory()).isEqualTo(10);
    }

    @Test
    void shouldKeepDigitsCopiedAWordAtATimeFromTheWireAsTheyReadCharacterByCharacter() {
        Random random = new Random(20261203);
        OverlapCalls calls = new OverlapCalls(8, OverlapCalls.MAX_DIGITS);
        for (int round = 0; round < 2_000; round++) {
            int slot = calls.track(round, call("1", ""), null, 0, false, DEADLINE);
            StringBuilder expected = new StringBuilder();
            for (int sam = 0; sam < 3; sam++) {
                int count = random.nextInt(20);
                byte[] packed = new byte[(count + 1) / 2 + 2];
                random.nextBytes(packed);
                NumberDigits wire = new NumberDigits().wrap(Unpooled.wrappedBuffer(packed), 1, (count + 1) / 2,
                        count % 2 == 1);
                calls.append(slot, OverlapCalls.CALLED, wire);
                expected.append(wire);
            }
            expected.setLength(Math.min(expected.length(), OverlapCalls.MAX_DIGITS));
            assertThat(new StoredCall(calls).wrap(slot).called().digits()).hasToString(expected.toString());
            calls.remove(slot);
        }
    }

    @Test
    void shouldTakeACalledNumberAsCompleteAtItsMaximumLengthWithoutSt() {
        OverlapCalls calls = new OverlapCalls(8, 18);
        int slot = calls.track(1, call("13912345678", "12345678901234567"), null, 0, false, DEADLINE);
        assertThat(calls.calledComplete(slot)).isFalse();

        calls.append(slot, OverlapCalls.CALLED, "8");

        assertThat(calls.calledComplete(slot)).isTrue();
    }

    @Test
    void shouldTellIncompleteCalledNumbersFromCompleteOnes() {
        OverlapCalls calls = new OverlapCalls(8, 18);
        assertThat(calls.incomplete(call("1", "138").called())).isTrue();
        assertThat(calls.incomplete(call("1", "").called())).as("present, no digits yet").isTrue();
        assertThat(calls.incomplete(call("1", "13812345678F").called())).isFalse();
        assertThat(calls.incomplete(PartyNumber.absent())).isFalse();
    }

    @Test
    void shouldRefuseNewCallsWhenFullAndReplaceAnEntryOfTheSameKey() {
        OverlapCalls calls = new OverlapCalls(2, 18);
        assertThat(calls.track(1, call("1", "1"), null, 0, false, DEADLINE)).isNotNegative();
        assertThat(calls.track(2, call("1", "2"), null, 0, false, DEADLINE)).isNotNegative();

        assertThat(calls.track(3, call("1", "3"), null, 0, false, DEADLINE)).isEqualTo(-1);
        int again = calls.track(2, call("1", "22"), null, 0, false, DEADLINE);

        assertThat(calls.size()).isEqualTo(2);
        assertThat(new StoredCall(calls).wrap(again).called().digits()).hasToString("22");
    }

    @Test
    void shouldKeepEveryOtherCallAndItsDigitsAfterRandomRemovals() {
        OverlapCalls calls = new OverlapCalls(512, 18);
        Random random = new Random(7);
        List<Long> keys = new ArrayList<>();
        for (int i = 0; i < 512; i++) {
            long key = ReleasedCircuits.key(random.nextInt(1 << 14), 1, random.nextInt(1 << 12));
            if (calls.find(key) < 0) {
                calls.track(key, call("1", Long.toString(key % 100_000)), null, 0, false, DEADLINE);
                keys.add(key);
            }
        }
        for (int i = 0; i < keys.size(); i += 2) {
            calls.remove(calls.find(keys.get(i)));
        }

        StoredCall stored = new StoredCall(calls);
        for (int i = 0; i < keys.size(); i++) {
            int slot = calls.find(keys.get(i));
            if (i % 2 == 0) {
                assertThat(slot).isEqualTo(-1);
            } else {
                assertThat(stored.wrap(slot).called().digits()).hasToString(Long.toString(keys.get(i) % 100_000));
            }
        }
        assertThat(calls.size()).isEqualTo(keys.size() / 2);
    }

    @Test
    void shouldHandOverEveryCallPastItsDeadlineOnceAndKeepTheOthers() {
        OverlapCalls calls = new OverlapCalls(64, 18);
        for (int i = 0; i < 64; i++) {
            calls.track(i, call("1", Integer.toString(i)), null, 0, false, i % 2 == 0 ? 100 : 10_000);
        }
        List<String> expired = new ArrayList<>();
        StoredCall stored = new StoredCall(calls);

        calls.expire(5_000, slot -> expired.add(stored.wrap(slot).called().digits().toString()));

        assertThat(expired).hasSize(32).doesNotHaveDuplicates()
                .allSatisfy(digits -> assertThat(Integer.parseInt(digits) % 2).isZero());
        assertThat(calls.size()).isEqualTo(32);
        for (int i = 1; i < 64; i += 2) {
            assertThat(calls.find(i)).isNotNegative();
        }
    }

    private static CallInput call(String calling, String called) {
        CallInput call = new CallInput().ingress("ic-partner", 2002, 21).callingPartyCategory(10);
        call.callingNumber().set(calling, 3).presentation(0);
        call.calledNumber().set(called, 3);
        return call;
    }
}
