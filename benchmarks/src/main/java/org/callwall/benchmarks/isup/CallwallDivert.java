package org.callwall.benchmarks.isup;

import io.netty.buffer.ByteBuf;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.encode.IamEdits;
import org.callwall.isup.encode.IamRewriter;
import org.callwall.isup.message.IamMessage;
import org.callwall.isup.param.CalledPartyNumber;

/**
 * callwall's side of the divert benchmark: walk the IAM, plan the edits, rewrite into the caller's buffer,
 * with one reused instance of each part as an event loop holds them.
 */
public final class CallwallDivert {
    private final IamMessage iam = new IamMessage(IsupVariant.ITU);
    private final IamEdits edits = new IamEdits();
    private final IamRewriter rewriter = new IamRewriter();
    private final DigitsBeforeEndOfPulsing original = new DigitsBeforeEndOfPulsing();

    /**
     * Writes the diverted copy of the IAM in {@code in} at {@code out.writerIndex()}.
     *
     * @return octets written
     */
    public int divert(ByteBuf in, int offset, int length, ByteBuf out) {
        iam.wrap(in, offset, length);
        CalledPartyNumber called = iam.calledPartyNumber();
        original.wrap(called.digits());
        edits.clear()
                .prefixCalledDigits(DivertPlan.IVR_PREFIX)
                .replaceCalledDigits(original)
                .originalCalledNumber(original, called.natureOfAddress(), DivertPlan.NUMBERING_PLAN_ISDN,
                        DivertPlan.PRESENTATION_ALLOWED)
                .redirectionInformation(DivertPlan.REDIRECTING_INDICATOR_DIVERTED, DivertPlan.REASON_UNKNOWN,
                        DivertPlan.REDIRECTION_COUNTER, DivertPlan.REASON_UNKNOWN);
        return rewriter.rewrite(iam.message(), edits, out);
    }
}
