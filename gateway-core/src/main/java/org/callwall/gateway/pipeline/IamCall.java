package org.callwall.gateway.pipeline;

import org.callwall.isup.message.IamMessage;
import org.callwall.screening.PartyNumber;
import org.callwall.screening.ScreeningInput;

/**
 * The IAM being screened, seen through {@link ScreeningInput}: the association and routing label it came
 * with plus the IAM flyweight, read in place. One instance per pipeline, rewrapped for every IAM.
 */
final class IamCall implements ScreeningInput {

    private final IamMessage iam;
    private final NumberView calling;
    private final NumberView called;
    private final NumberView generic;
    private final NumberView redirecting;
    private CharSequence association = "";
    private int opc;
    private long timeMillis;

    IamCall(IamMessage iam) {
        this.iam = iam;
        this.calling = new NumberView(iam.callingPartyNumber());
        this.called = new NumberView(iam.calledPartyNumber());
        this.generic = new NumberView(iam.additionalCallingPartyNumber());
        this.redirecting = new NumberView(iam.redirectingNumber());
    }

    IamCall wrap(CharSequence association, int opc, long timeMillis) {
        this.association = association;
        this.opc = opc;
        this.timeMillis = timeMillis;
        return this;
    }

    IamMessage iam() {
        return iam;
    }

    @Override
    public CharSequence association() {
        return association;
    }

    @Override
    public int opc() {
        return opc;
    }

    @Override
    public int cic() {
        return iam.cic();
    }

    @Override
    public PartyNumber calling() {
        return calling;
    }

    @Override
    public PartyNumber called() {
        return called;
    }

    @Override
    public PartyNumber genericNumber() {
        return generic;
    }

    @Override
    public PartyNumber redirecting() {
        return redirecting;
    }

    @Override
    public int callingPartyCategory() {
        return iam.callingPartyCategory();
    }

    @Override
    public long timeMillis() {
        return timeMillis;
    }
}
