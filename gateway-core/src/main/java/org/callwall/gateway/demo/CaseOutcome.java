package org.callwall.gateway.demo;

import io.netty.buffer.Unpooled;
import java.util.Arrays;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.message.IamMessage;
import org.callwall.isup.param.NumberParameter;

/**
 * How one case ended, told from what the exchanges saw: a REL at the originating exchange is
 * {@code release CAUSE}; an IAM at the home exchange is {@code forward} when its octets are the ones
 * sent, {@code divert} when it carries an original called number and another called number, and
 * {@code modify} when it differs otherwise. Anything else (nothing, or more than one message) is
 * named as such and never matches.
 *
 * @param c           the case
 * @param cic         the circuit the call was offered on
 * @param sent        the IAM as the originating exchange sent it
 * @param verdict     the verdict the exchanges saw, in the case table's words
 * @param originating what the originating exchange received
 * @param terminating what the home exchange received
 */
record CaseOutcome(DemoCase c, int cic, byte[] sent, String verdict, String originating, String terminating) {

    static CaseOutcome of(DemoCase c, int cic, byte[] sent, Seen seen) {
        String originating = seen.releaseCauses().isEmpty() ? "-"
                : "REL cause " + String.join(", ", seen.releaseCauses().stream().map(String::valueOf).toList());
        String terminating = "-";
        String verdict;
        if (!seen.any()) {
            verdict = "nothing";
        } else if (seen.releaseCauses().size() + seen.iams().size() > 1) {
            verdict = "several";
        } else if (seen.iams().isEmpty()) {
            verdict = "release " + seen.releaseCauses().get(0);
        } else {
            byte[] arrived = seen.iams().get(0);
            IamMessage iam = new IamMessage(IsupVariant.ITU).wrap(Unpooled.wrappedBuffer(arrived), 0, arrived.length);
            String called = digits(iam.calledPartyNumber());
            String calling = digits(iam.callingPartyNumber());
            if (Arrays.equals(arrived, sent)) {
                verdict = "forward";
                terminating = "IAM as sent: called " + called + ", calling " + calling;
            } else if (iam.originalCalledNumber().isPresent() && !called.equals(c.called())) {
                verdict = "divert";
                terminating = "IAM diverted to " + called + ", original called " + digits(iam.originalCalledNumber())
                        + ", calling " + calling;
            } else {
                verdict = "modify";
                terminating = "IAM modified: called " + called + ", calling " + calling;
            }
        }
        return new CaseOutcome(c, cic, sent, verdict, originating, terminating);
    }

    boolean ok() {
        return verdict.equals(c.expected());
    }

    private static String digits(NumberParameter number) {
        return number.isPresent() ? number.digits().toString() : "(none)";
    }
}
