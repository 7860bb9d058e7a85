package org.callwall.gateway.management;

import java.util.Map;

/** {@code callwall:type=TrunkGroup,name="<trunk group>"}: one trunk group's mode and calls. */
public interface TrunkGroupMXBean {

    String getName();

    /** active, test or off; writable: switches the mode until the next reload. */
    String getScreeningMode();

    void setScreeningMode(String mode);

    long getCallsForwarded();

    long getCallsDiverted();

    long getCallsModified();

    long getCallsReleased();

    /** What the tables would have done to calls screened in test mode, by disposition. */
    Map<String, Long> getTestModeVerdicts();
}
