package org.callwall.interop.jss7;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.callwall.interop.support.Await;
import org.restcomm.protocols.ss7.isup.ISUPEvent;
import org.restcomm.protocols.ss7.isup.ISUPListener;
import org.restcomm.protocols.ss7.isup.ISUPMessageFactory;
import org.restcomm.protocols.ss7.isup.ISUPParameterFactory;
import org.restcomm.protocols.ss7.isup.ISUPProvider;
import org.restcomm.protocols.ss7.isup.ISUPTimeoutEvent;
import org.restcomm.protocols.ss7.isup.ParameterException;
import org.restcomm.protocols.ss7.isup.impl.CircuitManagerImpl;
import org.restcomm.protocols.ss7.isup.impl.ISUPStackImpl;
import org.restcomm.protocols.ss7.isup.message.AddressCompleteMessage;
import org.restcomm.protocols.ss7.isup.message.AnswerMessage;
import org.restcomm.protocols.ss7.isup.message.CircuitGroupResetAckMessage;
import org.restcomm.protocols.ss7.isup.message.CircuitGroupResetMessage;
import org.restcomm.protocols.ss7.isup.message.ISUPMessage;
import org.restcomm.protocols.ss7.isup.message.InitialAddressMessage;
import org.restcomm.protocols.ss7.isup.message.ReleaseCompleteMessage;
import org.restcomm.protocols.ss7.isup.message.ReleaseMessage;
import org.restcomm.protocols.ss7.isup.message.parameter.BackwardCallIndicators;
import org.restcomm.protocols.ss7.isup.message.parameter.CalledPartyNumber;
import org.restcomm.protocols.ss7.isup.message.parameter.CallingPartyCategory;
import org.restcomm.protocols.ss7.isup.message.parameter.CallingPartyNumber;
import org.restcomm.protocols.ss7.isup.message.parameter.CauseIndicators;
import org.restcomm.protocols.ss7.isup.message.parameter.ForwardCallIndicators;
import org.restcomm.protocols.ss7.isup.message.parameter.NatureOfConnectionIndicators;
import org.restcomm.protocols.ss7.isup.message.parameter.RangeAndStatus;
import org.restcomm.protocols.ss7.isup.message.parameter.TransmissionMediumRequirement;
import org.restcomm.protocols.ss7.scheduler.DefaultClock;
import org.restcomm.protocols.ss7.scheduler.Scheduler;

/**
 * A telephone exchange built from jSS7's ISUP stack (isup-impl's ISUPProvider) over a jSS7 M3UA node:
 * it sends the call-control and circuit-group messages of a basic call and records every ISUP message
 * its stack decodes and delivers.
 *
 * <p>Automatic timer messages are off: a test says every message an exchange sends, so a slow run
 * cannot add a repeated REL or RSC that the assertions did not ask for.
 */
public final class Jss7IsupExchange implements AutoCloseable {

    /** Q.850 coding standard ITU-T, location 2 "public network serving the local user" (1 is private). */
    private static final int CODING_ITU = 0;
    private static final int LOCATION_LOCAL_PUBLIC = 2;

    private final String name;
    private final Scheduler scheduler;
    private final ISUPStackImpl stack;
    private final ISUPProvider provider;
    private final RecordingMtp3UserPart mtp3;
    private final List<ReceivedIsup> received = new CopyOnWriteArrayList<>();
    private final List<String> timeouts = new CopyOnWriteArrayList<>();

    private Jss7IsupExchange(String name, Scheduler scheduler, ISUPStackImpl stack, RecordingMtp3UserPart mtp3) {
        this.name = name;
        this.scheduler = scheduler;
        this.stack = stack;
        this.mtp3 = mtp3;
        this.provider = stack.getIsupProvider();
    }

    /**
     * Starts an exchange with point code {@code localSpc} on network indicator {@code ni} over the node's
     * M3UA.
     */
    public static Jss7IsupExchange start(String name, Jss7M3uaNode node, int localSpc, int ni) {
        Scheduler scheduler = new Scheduler();
        scheduler.setClock(new DefaultClock());
        scheduler.start();
        ISUPStackImpl stack = new ISUPStackImpl(scheduler, localSpc, ni, false);
        RecordingMtp3UserPart mtp3 = new RecordingMtp3UserPart(node.m3ua());
        stack.setMtp3UserPart(mtp3);
        stack.setCircuitManager(new CircuitManagerImpl());
        stack.start();
        Jss7IsupExchange exchange = new Jss7IsupExchange(name, scheduler, stack, mtp3);
        exchange.provider.addListener(exchange.new Recorder());
        return exchange;
    }

    public int localSpc() {
        return provider.getLocalSpc();
    }

    public void sendIam(int cic, int dpc, String callingDigits, String calledDigits) throws IOException {
        sendIam(cic, dpc, IamSpec.national(callingDigits, calledDigits));
    }

    public void sendIam(int cic, int dpc, IamSpec spec) throws IOException {
        ISUPMessageFactory messages = provider.getMessageFactory();
        ISUPParameterFactory parameters = provider.getParameterFactory();
        InitialAddressMessage iam = messages.createIAM(cic);

        NatureOfConnectionIndicators nci = parameters.createNatureOfConnectionIndicators();
        iam.setNatureOfConnectionIndicators(nci);
        ForwardCallIndicators fci = parameters.createForwardCallIndicators();
        fci.setNationalCallIdentificator(true);
        fci.setIsdnUserPartIndicator(true);
        iam.setForwardCallIndicators(fci);
        CallingPartyCategory cpc = parameters.createCallingPartyCategory();
        cpc.setCallingPartyCategory((byte) spec.callingPartyCategory());
        iam.setCallingPartCategory(cpc);
        TransmissionMediumRequirement tmr = parameters.createTransmissionMediumRequirement();
        tmr.setTransimissionMediumRequirement(TransmissionMediumRequirement._MEDIUM_SPEECH);
        iam.setTransmissionMediumRequirement(tmr);

        CalledPartyNumber called = parameters.createCalledPartyNumber();
        called.setAddress(spec.calledDigits());
        called.setNatureOfAddresIndicator(spec.calledNai());
        called.setNumberingPlanIndicator(CalledPartyNumber._NPI_ISDN);
        called.setInternalNetworkNumberIndicator(CalledPartyNumber._INN_ROUTING_NOT_ALLOWED);
        iam.setCalledPartyNumber(called);

        if (spec.callingDigits().isPresent()) {
            CallingPartyNumber calling = parameters.createCallingPartyNumber();
            calling.setAddress(spec.callingDigits().get());
            calling.setNatureOfAddresIndicator(spec.callingNai());
            calling.setNumberingPlanIndicator(CallingPartyNumber._NPI_ISDN);
            calling.setAddressRepresentationREstrictedIndicator(spec.callingPresentation());
            calling.setScreeningIndicator(spec.callingScreening());
            iam.setCallingPartyNumber(calling);
        }
        send(iam, dpc);
    }

    public void sendAcm(int cic, int dpc) throws IOException {
        AddressCompleteMessage acm = provider.getMessageFactory().createACM(cic);
        BackwardCallIndicators bci = provider.getParameterFactory().createBackwardCallIndicators();
        bci.setChargeIndicator(BackwardCallIndicators._CHARGE_INDICATOR_CHARGE);
        bci.setCalledPartysStatusIndicator(BackwardCallIndicators._CPSI_SUBSCRIBER_FREE);
        bci.setIsdnUserPartIndicator(true);
        acm.setBackwardCallIndicators(bci);
        send(acm, dpc);
    }

    public void sendAnm(int cic, int dpc) throws IOException {
        AnswerMessage anm = provider.getMessageFactory().createANM(cic);
        send(anm, dpc);
    }

    public void sendRel(int cic, int dpc, int causeValue) throws IOException {
        ReleaseMessage rel = provider.getMessageFactory().createREL(cic);
        CauseIndicators cause = provider.getParameterFactory().createCauseIndicators();
        cause.setCodingStandard(CODING_ITU);
        cause.setLocation(LOCATION_LOCAL_PUBLIC);
        cause.setCauseValue(causeValue);
        rel.setCauseIndicators(cause);
        send(rel, dpc);
    }

    public void sendRlc(int cic, int dpc) throws IOException {
        ReleaseCompleteMessage rlc = provider.getMessageFactory().createRLC(cic);
        send(rlc, dpc);
    }

    /** GRS for {@code range + 1} circuits starting at {@code cic} (Q.763 §3.43: range is count minus one). */
    public void sendGrs(int cic, int dpc, int range) throws IOException {
        CircuitGroupResetMessage grs = provider.getMessageFactory().createGRS(cic);
        RangeAndStatus rs = provider.getParameterFactory().createRangeAndStatus();
        rs.setRange((byte) range, false);
        grs.setRangeAndStatus(rs);
        send(grs, dpc);
    }

    /** GRA for the same group, every circuit reported unblocked (status bits all zero). */
    public void sendGra(int cic, int dpc, int range) throws IOException {
        CircuitGroupResetAckMessage gra = provider.getMessageFactory().createGRA(cic);
        RangeAndStatus rs = provider.getParameterFactory().createRangeAndStatus();
        rs.setRange((byte) range, true);
        gra.setRangeAndStatus(rs);
        send(gra, dpc);
    }

    private void send(ISUPMessage message, int dpc) throws IOException {
        try {
            provider.sendMessage(message, dpc);
        } catch (ParameterException e) {
            throw new IllegalStateException("jSS7 refused to encode " + message.getMessageType().getCode()
                    + " cic=" + message.getCircuitIdentificationCode().getCIC() + " exchange=" + name, e);
        }
    }

    /** Every MSU this exchange's ISUP stack handed to M3UA, oldest first. */
    public List<Msu> sent() {
        return mtp3.sent();
    }

    /**
     * The MSU of the last message of this type on this CIC the stack handed to M3UA, waiting for it: jSS7
     * encodes and sends on its scheduler thread, after the send call has returned.
     */
    public Msu awaitSent(int messageType, int cic, Duration timeout) {
        Predicate<Msu> match = msu -> msu.isupMessageType() == messageType && msu.cic() == cic;
        Await.until(String.format("%s sends type 0x%02x cic=%d", name, messageType, cic), timeout,
                () -> mtp3.sent().stream().anyMatch(match), () -> "sent=" + mtp3.sent());
        return mtp3.sent().stream().filter(match).reduce((first, second) -> second).orElseThrow();
    }

    public List<ReceivedIsup> received() {
        return List.copyOf(received);
    }

    public List<String> timeouts() {
        return List.copyOf(timeouts);
    }

    public void clear() {
        mtp3.clear();
        received.clear();
        timeouts.clear();
    }

    public ReceivedIsup await(String what, Predicate<ReceivedIsup> match, Duration timeout) {
        Await.until(name + " receives " + what, timeout, () -> received.stream().anyMatch(match),
                () -> "received=" + received);
        return received.stream().filter(match).findFirst().orElseThrow();
    }

    /** The decoded message of the given type code on the given CIC. */
    public <T extends ISUPMessage> T await(Class<T> type, int messageType, int cic, Duration timeout) {
        ReceivedIsup hit = await(String.format("type 0x%02x cic=%d", messageType, cic),
                r -> r.messageType() == messageType && r.cic() == cic, timeout);
        return type.cast(hit.message());
    }

    @Override
    public void close() {
        stack.stop();
        scheduler.stop();
    }

    @Override
    public String toString() {
        return "Jss7IsupExchange[" + name + " spc=" + localSpc() + "]";
    }

    private final class Recorder implements ISUPListener {
        @Override
        public void onEvent(ISUPEvent event) {
            received.add(new ReceivedIsup(event.getMessage(), event.getDpc()));
        }

        @Override
        public void onTimeout(ISUPTimeoutEvent event) {
            timeouts.add("timer " + event.getTimerId() + " on " + event.getMessage().getMessageType().getCode());
        }
    }
}
