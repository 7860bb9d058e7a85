package org.callwall.gateway.pipeline;

import org.callwall.isup.param.CallingPartyNumber;
import org.callwall.isup.param.GenericNumber;
import org.callwall.isup.param.NumberParameter;
import org.callwall.isup.param.RedirectionNumberParameter;
import org.callwall.screening.PartyNumber;

/**
 * A number parameter of the IAM being screened, as the rules see it: reads the ISUP flyweight in place,
 * so screening copies nothing. One instance per parameter role, reused for every call.
 */
final class NumberView implements PartyNumber {

    private final NumberParameter parameter;

    NumberView(NumberParameter parameter) {
        this.parameter = parameter;
    }

    @Override
    public boolean present() {
        return parameter.isPresent();
    }

    @Override
    public CharSequence digits() {
        return parameter.digits();
    }

    @Override
    public int nai() {
        return parameter.isPresent() ? parameter.natureOfAddress() : NOT_CARRIED;
    }

    @Override
    public int npi() {
        return parameter.isPresent() ? parameter.numberingPlan() : NOT_CARRIED;
    }

    @Override
    public int presentation() {
        if (!parameter.isPresent()) {
            return NOT_CARRIED;
        }
        if (parameter instanceof CallingPartyNumber calling) {
            return calling.presentation();
        }
        if (parameter instanceof GenericNumber generic) {
            return generic.presentation();
        }
        if (parameter instanceof RedirectionNumberParameter redirection) {
            return redirection.presentation();
        }
        return NOT_CARRIED;
    }

    @Override
    public int screening() {
        if (!parameter.isPresent()) {
            return NOT_CARRIED;
        }
        if (parameter instanceof CallingPartyNumber calling) {
            return calling.screening();
        }
        if (parameter instanceof GenericNumber generic) {
            return generic.screening();
        }
        return NOT_CARRIED;
    }
}
