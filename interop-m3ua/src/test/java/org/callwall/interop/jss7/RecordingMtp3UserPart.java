package org.callwall.interop.jss7;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.restcomm.protocols.ss7.mtp.Mtp3TransferPrimitive;
import org.restcomm.protocols.ss7.mtp.Mtp3TransferPrimitiveFactory;
import org.restcomm.protocols.ss7.mtp.Mtp3UserPart;
import org.restcomm.protocols.ss7.mtp.Mtp3UserPartListener;
import org.restcomm.protocols.ss7.mtp.RoutingLabelFormat;
import org.restcomm.ss7.congestion.ExecutorCongestionMonitor;

/**
 * The MTP3 service jSS7's ISUP stack sends through: jSS7's M3UA, with every transfer the stack hands down
 * recorded first, so a test can compare what left one exchange with what reached the other.
 */
final class RecordingMtp3UserPart implements Mtp3UserPart {

    private final Mtp3UserPart m3ua;
    private final List<Msu> sent = new CopyOnWriteArrayList<>();

    RecordingMtp3UserPart(Mtp3UserPart m3ua) {
        this.m3ua = m3ua;
    }

    List<Msu> sent() {
        return List.copyOf(sent);
    }

    void clear() {
        sent.clear();
    }

    @Override
    public void sendMessage(Mtp3TransferPrimitive primitive) throws IOException {
        sent.add(Msu.of(primitive));
        m3ua.sendMessage(primitive);
    }

    @Override
    public void start() throws Exception {
        m3ua.start();
    }

    @Override
    public void stop() throws Exception {
        m3ua.stop();
    }

    @Override
    public void addMtp3UserPartListener(Mtp3UserPartListener listener) {
        m3ua.addMtp3UserPartListener(listener);
    }

    @Override
    public void removeMtp3UserPartListener(Mtp3UserPartListener listener) {
        m3ua.removeMtp3UserPartListener(listener);
    }

    @Override
    public Mtp3TransferPrimitiveFactory getMtp3TransferPrimitiveFactory() {
        return m3ua.getMtp3TransferPrimitiveFactory();
    }

    @Override
    public int getMaxUserDataLength(int dpc) {
        return m3ua.getMaxUserDataLength(dpc);
    }

    @Override
    public RoutingLabelFormat getRoutingLabelFormat() {
        return m3ua.getRoutingLabelFormat();
    }

    @Override
    public void setRoutingLabelFormat(RoutingLabelFormat format) throws Exception {
        m3ua.setRoutingLabelFormat(format);
    }

    @Override
    public boolean isUseLsbForLinksetSelection() {
        return m3ua.isUseLsbForLinksetSelection();
    }

    @Override
    public void setUseLsbForLinksetSelection(boolean useLsb) throws Exception {
        m3ua.setUseLsbForLinksetSelection(useLsb);
    }

    @Override
    public int getDeliveryMessageThreadCount() {
        return m3ua.getDeliveryMessageThreadCount();
    }

    @Override
    public void setDeliveryMessageThreadCount(int count) throws Exception {
        m3ua.setDeliveryMessageThreadCount(count);
    }

    @Override
    public ExecutorCongestionMonitor getExecutorCongestionMonitor() {
        return m3ua.getExecutorCongestionMonitor();
    }
}
