package org.callwall.benchmarks.isup;

import io.netty.buffer.ByteBuf;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.encode.IamEdits;
import org.callwall.isup.encode.IamRewriter;
import org.callwall.isup.message.IamMessage;
import org.callwall.isup.param.CalledPartyNumber;
import org.callwall.isup.param.NumberDigits;

/**
 * callwall's side of the divert benchmark: walk the IAM, plan the edits, rewrite into the caller's buffer,
 * with one reused instance of each part as an event loop holds them. The edits are planned as the gateway's
 * screening pipeline plans a divert: the number to send is rendered from the template
 * {@code {ivrPrefix}{called}} into a reused {@code StringBuilder}, and the original called number is the
 * called number's digits view, read in place from the received IAM.
 */
public final class CallwallDivert {
    private final IamMessage iam = new IamMessage(IsupVariant.ITU);
    private final IamEdits edits = new IamEdits();
    private final IamRewriter rewriter = new IamRewriter();
    private final NumberDigits original = new NumberDigits();
    private final StringBuilder calledSent = new StringBuilder(32);

    /**
     * Writes the diverted copy of the IAM in {@code in} at {@code out.writerIndex()}.
     *
     * @return octets written
     */
    public int divert(ByteBuf in, int offset, int length, ByteBuf out) {
        iam.wrap(in, offset, length);
        CalledPartyNumber called = iam.calledPartyNumber();
        DigitsBeforeEndOfPulsing.wrap(original, called.digits());
        calledSent.setLength(0);
        calledSent.append(DivertPlan.IVR_PREFIX).append(original);
        edits.clear()
                .replaceCalledDigits(calledSent)
                .originalCalledNumber(original, called.natureOfAddress(), DivertPlan.NUMBERING_PLAN_ISDN,
                        DivertPlan.PRESENTATION_ALLOWED)
                .redirectionInformation(DivertPlan.REDIRECTING_INDICATOR_DIVERTED, DivertPlan.REASON_UNKNOWN,
                        DivertPlan.REDIRECTION_COUNTER, DivertPlan.REASON_UNKNOWN);
        return rewriter.rewrite(iam.message(), edits, out);
    }
}
