package org.callwall.benchmarks.isup;

import org.restcomm.protocols.ss7.isup.ISUPMessageFactory;
import org.restcomm.protocols.ss7.isup.ISUPParameterFactory;
import org.restcomm.protocols.ss7.isup.ParameterException;
import org.restcomm.protocols.ss7.isup.impl.message.AbstractISUPMessage;
import org.restcomm.protocols.ss7.isup.impl.message.ISUPMessageFactoryImpl;
import org.restcomm.protocols.ss7.isup.impl.message.parameter.ISUPParameterFactoryImpl;
import org.restcomm.protocols.ss7.isup.message.InitialAddressMessage;
import org.restcomm.protocols.ss7.isup.message.ReleaseMessage;
import org.restcomm.protocols.ss7.isup.message.parameter.CalledPartyNumber;
import org.restcomm.protocols.ss7.isup.message.parameter.CauseIndicators;
import org.restcomm.protocols.ss7.isup.message.parameter.OriginalCalledNumber;
import org.restcomm.protocols.ss7.isup.message.parameter.RedirectionInformation;

/**
 * The comparison baseline: RestComm jSS7 8.0.0-168's ISUP codec used the way its ISUP stack uses it
 * ({@code createCommand(type)} then {@code decode(bytes)} on receipt; create, set parameters, {@code encode()}
 * to send), with one pair of factories reused across calls.
 */
public final class Jss7Codec {
    private final ISUPParameterFactory parameters = new ISUPParameterFactoryImpl();
    private final ISUPMessageFactory messages = new ISUPMessageFactoryImpl(parameters);

    /** Decodes an IAM from the CIC on. */
    public InitialAddressMessage decodeIam(byte[] isup) throws ParameterException {
        AbstractISUPMessage message = (AbstractISUPMessage) messages.createCommand(isup[2] & 0xFF);
        message.decode(isup, messages, parameters);
        return (InitialAddressMessage) message;
    }

    /** Creates and encodes a REL with cause indicators (coding standard, location, cause). */
    public byte[] release(int cic, int codingStandard, int location, int cause) throws ParameterException {
        ReleaseMessage rel = messages.createREL(cic);
        CauseIndicators indicators = parameters.createCauseIndicators();
        indicators.setCodingStandard(codingStandard);
        indicators.setLocation(location);
        indicators.setCauseValue(cause);
        rel.setCauseIndicators(indicators);
        return ((AbstractISUPMessage) rel).encode();
    }

    /** Decodes the IAM, applies the {@link DivertPlan} and encodes the result. */
    public byte[] divert(byte[] isup) throws ParameterException {
        InitialAddressMessage iam = decodeIam(isup);
        CalledPartyNumber called = iam.getCalledPartyNumber();
        String original = beforeEndOfPulsing(called.getAddress());
        OriginalCalledNumber originalCalled = parameters.createOriginalCalledNumber();
        originalCalled.setAddress(original);
        originalCalled.setNatureOfAddresIndicator(called.getNatureOfAddressIndicator());
        originalCalled.setNumberingPlanIndicator(DivertPlan.NUMBERING_PLAN_ISDN);
        originalCalled.setAddressRepresentationRestrictedIndicator(DivertPlan.PRESENTATION_ALLOWED);
        iam.setOriginalCalledNumber(originalCalled);
        called.setAddress(DivertPlan.IVR_PREFIX + original);
        RedirectionInformation redirection = parameters.createRedirectionInformation();
        redirection.setRedirectingIndicator(DivertPlan.REDIRECTING_INDICATOR_DIVERTED);
        redirection.setOriginalRedirectionReason(DivertPlan.REASON_UNKNOWN);
        redirection.setRedirectionCounter(DivertPlan.REDIRECTION_COUNTER);
        redirection.setRedirectionReason(DivertPlan.REASON_UNKNOWN);
        iam.setRedirectionInformation(redirection);
        return ((AbstractISUPMessage) iam).encode();
    }

    private static String beforeEndOfPulsing(String address) {
        int last = address.length() - 1;
        return last >= 0 && Character.toUpperCase(address.charAt(last)) == 'F' ? address.substring(0, last) : address;
    }
}
