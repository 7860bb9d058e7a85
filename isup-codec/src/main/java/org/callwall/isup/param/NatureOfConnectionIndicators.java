package org.callwall.isup.param;

/**
 * Nature of connection indicators (Q.763 §3.35).
 *
 * <pre>
 *   8 7 6   5       4 3          2 1
 *  +-------+------+-------------+-----------+
 *  | spare | echo | continuity  | satellite |
 *  +-------+------+-------------+-----------+
 * </pre>
 */
public final class NatureOfConnectionIndicators extends ParameterFlyweight {
    public int value() {
        return octet(0);
    }

    /** Satellite indicator: number of satellite circuits in the connection so far (0..2). */
    public int satellite() {
        return octet(0) & 0x03;
    }

    /** Continuity check indicator (0 not required, 1 required on this circuit, 2 performed on a previous one). */
    public int continuityCheck() {
        return (octet(0) >>> 2) & 0x03;
    }

    /** Echo control device indicator: true when an outgoing half echo control device is included. */
    public boolean echoControlDevice() {
        return (octet(0) & 0x10) != 0;
    }
}
