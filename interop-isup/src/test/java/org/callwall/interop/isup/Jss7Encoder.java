package org.callwall.interop.isup;

import java.util.Optional;

import org.restcomm.protocols.ss7.isup.ISUPMessageFactory;
import org.restcomm.protocols.ss7.isup.ISUPParameterFactory;
import org.restcomm.protocols.ss7.isup.ParameterException;
import org.restcomm.protocols.ss7.isup.impl.message.AbstractISUPMessage;
import org.restcomm.protocols.ss7.isup.impl.message.ISUPMessageFactoryImpl;
import org.restcomm.protocols.ss7.isup.impl.message.parameter.ISUPParameterFactoryImpl;
import org.restcomm.protocols.ss7.isup.message.CircuitGroupResetAckMessage;
import org.restcomm.protocols.ss7.isup.message.CircuitGroupResetMessage;
import org.restcomm.protocols.ss7.isup.message.ISUPMessage;
import org.restcomm.protocols.ss7.isup.message.InitialAddressMessage;
import org.restcomm.protocols.ss7.isup.message.ReleaseMessage;
import org.restcomm.protocols.ss7.isup.message.parameter.CalledPartyNumber;
import org.restcomm.protocols.ss7.isup.message.parameter.CallingPartyCategory;
import org.restcomm.protocols.ss7.isup.message.parameter.CallingPartyNumber;
import org.restcomm.protocols.ss7.isup.message.parameter.CauseIndicators;
import org.restcomm.protocols.ss7.isup.message.parameter.ForwardCallIndicators;
import org.restcomm.protocols.ss7.isup.message.parameter.RangeAndStatus;
import org.restcomm.protocols.ss7.isup.message.parameter.TransmissionMediumRequirement;

/** Messages built and encoded by RestComm jSS7's ISUP codec, as its ISUP stack would put them on the wire. */
final class Jss7Encoder {

    private final ISUPParameterFactory parameters = new ISUPParameterFactoryImpl();
    private final ISUPMessageFactory messages = new ISUPMessageFactoryImpl(parameters);

    /** An IAM with the given numbers; no calling party number when {@code callingDigits} is empty. */
    byte[] iam(int cic, Optional<String> callingDigits, int callingNai, int presentation, int screening,
            String calledDigits, int calledNai, int inn, int category) throws ParameterException {
        InitialAddressMessage iam = messages.createIAM(cic);
        iam.setNatureOfConnectionIndicators(parameters.createNatureOfConnectionIndicators());
        ForwardCallIndicators fci = parameters.createForwardCallIndicators();
        fci.setIsdnUserPartIndicator(true);
        iam.setForwardCallIndicators(fci);
        CallingPartyCategory cpc = parameters.createCallingPartyCategory();
        cpc.setCallingPartyCategory((byte) category);
        iam.setCallingPartCategory(cpc);
        TransmissionMediumRequirement tmr = parameters.createTransmissionMediumRequirement();
        tmr.setTransimissionMediumRequirement(TransmissionMediumRequirement._MEDIUM_SPEECH);
        iam.setTransmissionMediumRequirement(tmr);
        CalledPartyNumber called = parameters.createCalledPartyNumber();
        called.setAddress(calledDigits);
        called.setNatureOfAddresIndicator(calledNai);
        called.setNumberingPlanIndicator(CalledPartyNumber._NPI_ISDN);
        called.setInternalNetworkNumberIndicator(inn);
        iam.setCalledPartyNumber(called);
        if (callingDigits.isPresent()) {
            CallingPartyNumber calling = parameters.createCallingPartyNumber();
            calling.setAddress(callingDigits.get());
            calling.setNatureOfAddresIndicator(callingNai);
            calling.setNumberingPlanIndicator(CallingPartyNumber._NPI_ISDN);
            calling.setAddressRepresentationREstrictedIndicator(presentation);
            calling.setScreeningIndicator(screening);
            iam.setCallingPartyNumber(calling);
        }
        return encode(iam);
    }

    byte[] rel(int cic, int codingStandard, int location, int causeValue) throws ParameterException {
        ReleaseMessage rel = messages.createREL(cic);
        CauseIndicators cause = parameters.createCauseIndicators();
        cause.setCodingStandard(codingStandard);
        cause.setLocation(location);
        cause.setCauseValue(causeValue);
        rel.setCauseIndicators(cause);
        return encode(rel);
    }

    byte[] grs(int cic, int range) throws ParameterException {
        CircuitGroupResetMessage grs = messages.createGRS(cic);
        RangeAndStatus rs = parameters.createRangeAndStatus();
        rs.setRange((byte) range, false);
        grs.setRangeAndStatus(rs);
        return encode(grs);
    }

    /** A GRA whose status marks circuit {@code i} of the group when bit {@code i} of {@code blocked} is set. */
    byte[] gra(int cic, int range, long blocked) throws ParameterException {
        CircuitGroupResetAckMessage gra = messages.createGRA(cic);
        RangeAndStatus rs = parameters.createRangeAndStatus();
        rs.setRange((byte) range, true);
        for (int i = 0; i <= range; i++) {
            rs.setAffected((byte) i, ((blocked >>> i) & 1) != 0);
        }
        gra.setRangeAndStatus(rs);
        return encode(gra);
    }

    private static byte[] encode(ISUPMessage message) throws ParameterException {
        return ((AbstractISUPMessage) message).encode();
    }
}
