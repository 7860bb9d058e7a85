package org.callwall.interop.jss7;

import org.restcomm.protocols.ss7.isup.message.ISUPMessage;

/**
 * One ISUP message as jSS7's ISUP stack decoded and delivered it.
 *
 * @param message the decoded message (jSS7's own types)
 * @param opc     the point code jSS7 attributes it to (the OPC of the routing label)
 */
public record ReceivedIsup(ISUPMessage message, int opc) {

    public int cic() {
        return message.getCircuitIdentificationCode().getCIC();
    }

    public int messageType() {
        return message.getMessageType().getCode();
    }

    @Override
    public String toString() {
        return "ISUP type=" + messageType() + " cic=" + cic() + " opc=" + opc;
    }
}
