package org.callwall.interop.jss7;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.callwall.interop.support.Await;
import org.restcomm.protocols.ss7.mtp.Mtp3EndCongestionPrimitive;
import org.restcomm.protocols.ss7.mtp.Mtp3PausePrimitive;
import org.restcomm.protocols.ss7.mtp.Mtp3ResumePrimitive;
import org.restcomm.protocols.ss7.mtp.Mtp3StatusPrimitive;
import org.restcomm.protocols.ss7.mtp.Mtp3TransferPrimitive;
import org.restcomm.protocols.ss7.mtp.Mtp3UserPartListener;

/**
 * Records every MTP3 transfer a jSS7 M3UA node delivers upward, next to whatever user part (ISUP)
 * also listens, so a test sees the raw routing label and bytes of what the peer decoded.
 */
public final class MsuRecorder implements Mtp3UserPartListener {

    private final List<Msu> received = new CopyOnWriteArrayList<>();
    private final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public void onMtp3TransferMessage(Mtp3TransferPrimitive primitive) {
        received.add(Msu.of(primitive));
    }

    @Override
    public void onMtp3PauseMessage(Mtp3PausePrimitive primitive) {
        events.add("PAUSE dpc=" + primitive.getAffectedDpc());
    }

    @Override
    public void onMtp3ResumeMessage(Mtp3ResumePrimitive primitive) {
        events.add("RESUME dpc=" + primitive.getAffectedDpc());
    }

    @Override
    public void onMtp3StatusMessage(Mtp3StatusPrimitive primitive) {
        events.add("STATUS dpc=" + primitive.getAffectedDpc() + " cause=" + primitive.getCause());
    }

    @Override
    public void onMtp3EndCongestionMessage(Mtp3EndCongestionPrimitive primitive) {
        events.add("END_CONGESTION dpc=" + primitive.getAffectedDpc());
    }

    public List<Msu> received() {
        return List.copyOf(received);
    }

    /** MTP3 management indications (pause, resume, status) in arrival order. */
    public List<String> events() {
        return List.copyOf(events);
    }

    public void clear() {
        received.clear();
        events.clear();
    }

    /** The first recorded transfer that matches, waiting at most {@code timeout} for it to arrive. */
    public Msu await(String what, Predicate<Msu> match, Duration timeout) {
        Await.until(what, timeout, () -> received.stream().anyMatch(match), () -> "received=" + received);
        return received.stream().filter(match).findFirst().orElseThrow();
    }

    /** An ISUP message of the given type code on the given CIC. */
    public Msu awaitIsup(int messageType, int cic, Duration timeout) {
        return await(String.format("ISUP type 0x%02x cic=%d", messageType, cic),
                msu -> msu.si() == Msu.SI_ISUP && msu.isupMessageType() == messageType && msu.cic() == cic,
                timeout);
    }
}
