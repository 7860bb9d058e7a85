package org.callwall.m3ua.node;

import io.netty.buffer.ByteBuf;
import org.callwall.m3ua.codec.M3uaMessage;
import org.callwall.m3ua.codec.ProtocolData;

/**
 * The DATA message being handled and what may be done with it; one reusable instance per node
 * (all associations share one event loop), rewrapped for every message.
 */
public final class Transfer {

    private final M3uaNode node;
    private final ProtocolData data = new ProtocolData();
    private M3uaMessage message;
    private Association ingress;

    Transfer(M3uaNode node) {
        this.node = node;
    }

    Transfer wrap(Association ingress, M3uaMessage message) {
        this.ingress = ingress;
        this.message = message;
        data.wrap(message);
        return this;
    }

    /** The association the message arrived on. */
    public Association ingress() {
        return ingress;
    }

    /** The whole DATA message (routing context, network appearance, protocol data). */
    public M3uaMessage message() {
        return message;
    }

    /** Routing label, service information and user data, read in place. */
    public ProtocolData data() {
        return data;
    }

    /** Whether the route for this message's label can deliver now, without sending. */
    public RouteStatus routeStatus() {
        return node.route(data.dpc(), data.opc(), data.si()).status(data.dpc());
    }

    /** Sends the message unchanged (routing label and user data) on the route for its label. */
    public RouteStatus relay() {
        return node.route(data.dpc(), data.opc(), data.si()).relay(message, data);
    }

    /**
     * Sends {@code userData} with this message's routing label on the route for it. Takes ownership
     * of {@code userData} (released here).
     */
    public RouteStatus relay(ByteBuf userData) {
        try {
            return node.route(data.dpc(), data.opc(), data.si()).send(data.opc(), data.dpc(), data.si(),
                    data.ni(), data.mp(), data.sls(), userData, userData.readerIndex(), userData.readableBytes());
        } finally {
            userData.release();
        }
    }

    /**
     * Sends {@code userData} back on the ingress association with OPC and DPC swapped and the same
     * SI, NI, MP and SLS (a REL toward the originator). Takes ownership of {@code userData}.
     * Answers whether the ingress could take it.
     */
    public boolean reply(ByteBuf userData) {
        try {
            return ingress.sendData(data.dpc(), data.opc(), data.si(), data.ni(), data.mp(), data.sls(),
                    userData, userData.readerIndex(), userData.readableBytes());
        } finally {
            userData.release();
        }
    }
}
