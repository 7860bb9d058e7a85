package org.callwall.interop.isup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The other half of the differential test: messages RestComm jSS7's encoder produces from random field
 * values. callwall must decode each to exactly the values jSS7 was given, and agree with jSS7's own decode
 * of the same bytes.
 */
class Jss7EncodedMessagesTest {

    private static final int ADDRESS_NOT_AVAILABLE = 2;

    private final Jss7Encoder jss7 = new Jss7Encoder();

    @Provide
    Arbitrary<String> digits() {
        return Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(15);
    }

    @Provide
    Arbitrary<Optional<String>> cli() {
        return digits().optional(0.9);
    }

    @Provide
    Arbitrary<Integer> nai() {
        return Arbitraries.of(1, 2, 3, 4);
    }

    @Property(tries = 300)
    void shouldDecodeEveryIamJss7EncodesToTheValuesJss7WasGiven(
            @ForAll @IntRange(min = 0, max = 4095) int cic,
            @ForAll("cli") Optional<String> calling,
            @ForAll("nai") int callingNai,
            @ForAll @IntRange(min = 0, max = 2) int presentation,
            @ForAll @IntRange(min = 0, max = 3) int screening,
            @ForAll("digits") String called,
            @ForAll("nai") int calledNai,
            @ForAll @IntRange(min = 0, max = 1) int inn,
            @ForAll @IntRange(min = 0, max = 0xFF) int category) throws Exception {
        byte[] iam = jss7.iam(cic, calling, callingNai, presentation, screening, called, calledNai, inn, category);

        Map<IsupField, String> expected = new EnumMap<>(IsupField.class);
        expected.put(IsupField.CIC, Integer.toString(cic));
        expected.put(IsupField.MESSAGE_TYPE, "1");
        expected.put(IsupField.CALLED_DIGITS, called);
        expected.put(IsupField.CALLED_NAI, Integer.toString(calledNai));
        expected.put(IsupField.CALLED_NPI, "1");
        expected.put(IsupField.CALLED_INN, Integer.toString(inn));
        expected.put(IsupField.CALLING_PARTY_CATEGORY, Integer.toString(category));
        if (calling.isPresent() && presentation == ADDRESS_NOT_AVAILABLE) {
            // Q.763 §3.10 (note c): no address signals, NAI and NPI spare, screening "network provided";
            // jSS7 encodes exactly that whatever digits it was given.
            expected.put(IsupField.CALLING_DIGITS, "");
            expected.put(IsupField.CALLING_NAI, "0");
            expected.put(IsupField.CALLING_NPI, "0");
            expected.put(IsupField.CALLING_PRESENTATION, "2");
            expected.put(IsupField.CALLING_SCREENING, "3");
            expected.put(IsupField.CALLING_INCOMPLETE, "0");
        } else if (calling.isPresent()) {
            expected.put(IsupField.CALLING_DIGITS, calling.get());
            expected.put(IsupField.CALLING_NAI, Integer.toString(callingNai));
            expected.put(IsupField.CALLING_NPI, "1");
            expected.put(IsupField.CALLING_PRESENTATION, Integer.toString(presentation));
            expected.put(IsupField.CALLING_SCREENING, Integer.toString(screening));
            expected.put(IsupField.CALLING_INCOMPLETE, "0");
        }
        Map<IsupField, String> ours = new CallwallFields().decode(iam);

        assertThat(ours).isEqualTo(expected);
        assertThat(ours).containsAllEntriesOf(new Jss7Fields().decode(iam));
    }

    @Property(tries = 200)
    void shouldDecodeEveryRelJss7EncodesToItsCause(
            @ForAll @IntRange(min = 0, max = 4095) int cic,
            @ForAll @IntRange(min = 0, max = 3) int codingStandard,
            @ForAll @IntRange(min = 0, max = 10) int location,
            @ForAll @IntRange(min = 1, max = 127) int causeValue) throws Exception {
        byte[] rel = jss7.rel(cic, codingStandard, location, causeValue);

        Map<IsupField, String> ours = new CallwallFields().decode(rel);

        assertThat(ours).containsEntry(IsupField.CIC, Integer.toString(cic))
                .containsEntry(IsupField.MESSAGE_TYPE, "12")
                .containsEntry(IsupField.CAUSE_VALUE, Integer.toString(causeValue))
                .containsEntry(IsupField.CAUSE_LOCATION, Integer.toString(location))
                .containsEntry(IsupField.CAUSE_CODING_STANDARD, Integer.toString(codingStandard));
        assertThat(ours).containsAllEntriesOf(new Jss7Fields().decode(rel));
    }

    @Property(tries = 200)
    void shouldDecodeEveryGrsAndGraJss7EncodesToItsRangeAndStatus(
            @ForAll @IntRange(min = 0, max = 4000) int cic,
            @ForAll @IntRange(min = 1, max = 31) int range,
            @ForAll long blocked) throws Exception {
        byte[] grs = jss7.grs(cic, range);
        byte[] gra = jss7.gra(cic, range, blocked);

        Map<IsupField, String> ourGrs = new CallwallFields().decode(grs);
        Map<IsupField, String> ourGra = new CallwallFields().decode(gra);

        assertThat(ourGrs).containsEntry(IsupField.RANGE, Integer.toString(range)).containsEntry(IsupField.STATUS, "");
        assertThat(ourGrs).containsAllEntriesOf(new Jss7Fields().decode(grs));
        assertThat(ourGra).containsEntry(IsupField.RANGE, Integer.toString(range))
                .containsEntry(IsupField.STATUS, statusHex(range, blocked));
        assertThat(ourGra).containsAllEntriesOf(new Jss7Fields().decode(gra));
    }

    /** Q.763 §3.43: bit i of the status (octet i / 8, bit i % 8) is circuit CIC + i. */
    private static String statusHex(int range, long blocked) {
        int octets = (range + 8) / 8;
        StringBuilder hex = new StringBuilder();
        for (int octet = 0; octet < octets; octet++) {
            int value = 0;
            for (int bit = 0; bit < 8; bit++) {
                int circuit = octet * 8 + bit;
                if (circuit <= range && ((blocked >>> circuit) & 1) != 0) {
                    value |= 1 << bit;
                }
            }
            hex.append(String.format("%02x", value));
        }
        return hex.toString();
    }
}
