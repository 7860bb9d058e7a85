package org.callwall.gateway.management;

import java.util.Map;

/**
 * {@code callwall:type=Association,name="<association>"}: one M3UA association's state and traffic.
 * Maps are keyed by message class (mgmt, transfer, ssnm, aspsm, asptm, rkm) or error code name.
 */
public interface AssociationMXBean {

    String getName();

    /** closed, down, inactive or active. */
    String getState();

    Map<String, Long> getMessagesIn();

    Map<String, Long> getMessagesOut();

    Map<String, Long> getBytesIn();

    Map<String, Long> getBytesOut();

    /** ERR messages received, by error code; codes never seen are left out. */
    Map<String, Long> getErrorsIn();

    /** ERR messages sent, by error code; codes never seen are left out. */
    Map<String, Long> getErrorsOut();
}
