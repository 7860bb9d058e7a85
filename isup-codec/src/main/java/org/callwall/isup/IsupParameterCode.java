package org.callwall.isup;

/**
 * ISUP parameter name codes: ITU-T Q.763 Table 5 and the ANSI T1.113 codes above 0xC0. The code space is
 * open; any other value answers {@link #UNKNOWN} and the raw code stays with the parameter, which the
 * codec keeps byte for byte (Q.764 §2.9.5 decides later what a node does with it).
 *
 * <p>Parameters the codec interprets carry the length range it accepts (the value, without name and
 * length octets); the others accept any length that fits in the message.
 */
public enum IsupParameterCode {
    END_OF_OPTIONAL_PARAMETERS(0x00, "End of optional parameters"),
    CALL_REFERENCE(0x01, "Call reference"),
    TRANSMISSION_MEDIUM_REQUIREMENT(0x02, "Transmission medium requirement", 1, 1),
    ACCESS_TRANSPORT(0x03, "Access transport"),
    CALLED_PARTY_NUMBER(0x04, "Called party number", 2, 11),
    SUBSEQUENT_NUMBER(0x05, "Subsequent number", 2, 11),
    NATURE_OF_CONNECTION_INDICATORS(0x06, "Nature of connection indicators", 1, 1),
    FORWARD_CALL_INDICATORS(0x07, "Forward call indicators", 2, 2),
    OPTIONAL_FORWARD_CALL_INDICATORS(0x08, "Optional forward call indicators"),
    CALLING_PARTYS_CATEGORY(0x09, "Calling party's category", 1, 1),
    CALLING_PARTY_NUMBER(0x0A, "Calling party number", 2, 11),
    REDIRECTING_NUMBER(0x0B, "Redirecting number", 2, 11),
    REDIRECTION_NUMBER(0x0C, "Redirection number", 2, 11),
    CONNECTION_REQUEST(0x0D, "Connection request"),
    INFORMATION_REQUEST_INDICATORS(0x0E, "Information request indicators"),
    INFORMATION_INDICATORS(0x0F, "Information indicators"),
    CONTINUITY_INDICATORS(0x10, "Continuity indicators"),
    BACKWARD_CALL_INDICATORS(0x11, "Backward call indicators", 2, 2),
    CAUSE_INDICATORS(0x12, "Cause indicators", 2, 32),
    REDIRECTION_INFORMATION(0x13, "Redirection information", 1, 2),
    CIRCUIT_GROUP_SUPERVISION_MESSAGE_TYPE(0x15, "Circuit group supervision message type", 1, 1),
    RANGE_AND_STATUS(0x16, "Range and status", 1, 33),
    FACILITY_INDICATOR(0x18, "Facility indicator"),
    CLOSED_USER_GROUP_INTERLOCK_CODE(0x1A, "Closed user group interlock code"),
    USER_SERVICE_INFORMATION(0x1D, "User service information"),
    SIGNALLING_POINT_CODE(0x1E, "Signalling point code"),
    USER_TO_USER_INFORMATION(0x20, "User-to-user information"),
    CONNECTED_NUMBER(0x21, "Connected number", 2, 11),
    SUSPEND_RESUME_INDICATORS(0x22, "Suspend/Resume indicators"),
    TRANSIT_NETWORK_SELECTION(0x23, "Transit network selection"),
    EVENT_INFORMATION(0x24, "Event information", 1, 1),
    CIRCUIT_ASSIGNMENT_MAP(0x25, "Circuit assignment map"),
    CIRCUIT_STATE_INDICATOR(0x26, "Circuit state indicator"),
    AUTOMATIC_CONGESTION_LEVEL(0x27, "Automatic congestion level", 1, 1),
    ORIGINAL_CALLED_NUMBER(0x28, "Original called number", 2, 11),
    OPTIONAL_BACKWARD_CALL_INDICATORS(0x29, "Optional backward call indicators"),
    USER_TO_USER_INDICATORS(0x2A, "User-to-user indicators"),
    ORIGINATION_ISC_POINT_CODE(0x2B, "Origination ISC point code"),
    GENERIC_NOTIFICATION_INDICATOR(0x2C, "Generic notification indicator"),
    CALL_HISTORY_INFORMATION(0x2D, "Call history information"),
    ACCESS_DELIVERY_INFORMATION(0x2E, "Access delivery information"),
    NETWORK_SPECIFIC_FACILITY(0x2F, "Network specific facility"),
    USER_SERVICE_INFORMATION_PRIME(0x30, "User service information prime"),
    PROPAGATION_DELAY_COUNTER(0x31, "Propagation delay counter"),
    REMOTE_OPERATIONS(0x32, "Remote operations"),
    SERVICE_ACTIVATION(0x33, "Service activation"),
    USER_TELESERVICE_INFORMATION(0x34, "User teleservice information"),
    TRANSMISSION_MEDIUM_USED(0x35, "Transmission medium used"),
    CALL_DIVERSION_INFORMATION(0x36, "Call diversion information"),
    ECHO_CONTROL_INFORMATION(0x37, "Echo control information"),
    MESSAGE_COMPATIBILITY_INFORMATION(0x38, "Message compatibility information"),
    PARAMETER_COMPATIBILITY_INFORMATION(0x39, "Parameter compatibility information"),
    MLPP_PRECEDENCE(0x3A, "MLPP precedence"),
    MCID_REQUEST_INDICATORS(0x3B, "MCID request indicators"),
    MCID_RESPONSE_INDICATORS(0x3C, "MCID response indicators"),
    HOP_COUNTER(0x3D, "Hop counter"),
    TRANSMISSION_MEDIUM_REQUIREMENT_PRIME(0x3E, "Transmission medium requirement prime"),
    LOCATION_NUMBER(0x3F, "Location number", 2, 11),
    REDIRECTION_NUMBER_RESTRICTION(0x40, "Redirection number restriction"),
    CALL_TRANSFER_REFERENCE(0x43, "Call transfer reference"),
    LOOP_PREVENTION_INDICATORS(0x44, "Loop prevention indicators"),
    CALL_TRANSFER_NUMBER(0x45, "Call transfer number"),
    CCSS(0x4B, "CCSS"),
    FORWARD_GVNS(0x4C, "Forward GVNS"),
    BACKWARD_GVNS(0x4D, "Backward GVNS"),
    REDIRECT_CAPABILITY(0x4E, "Redirect capability"),
    NETWORK_MANAGEMENT_CONTROLS(0x5B, "Network management controls"),
    CORRELATION_ID(0x65, "Correlation id"),
    SCF_ID(0x66, "SCF id"),
    CALL_DIVERSION_TREATMENT_INDICATORS(0x6E, "Call diversion treatment indicators"),
    CALLED_IN_NUMBER(0x6F, "Called IN number"),
    CALL_OFFERING_TREATMENT_INDICATORS(0x70, "Call offering treatment indicators"),
    CHARGED_PARTY_IDENTIFICATION(0x71, "Charged party identification"),
    CONFERENCE_TREATMENT_INDICATORS(0x72, "Conference treatment indicators"),
    DISPLAY_INFORMATION(0x73, "Display information"),
    UID_ACTION_INDICATORS(0x74, "UID action indicators"),
    UID_CAPABILITY_INDICATORS(0x75, "UID capability indicators"),
    REDIRECT_COUNTER(0x77, "Redirect counter"),
    APPLICATION_TRANSPORT(0x78, "Application transport"),
    COLLECT_CALL_REQUEST(0x79, "Collect call request"),
    CCNR_POSSIBLE_INDICATOR(0x7A, "CCNR possible indicator"),
    PIVOT_CAPABILITY(0x7B, "Pivot capability"),
    PIVOT_ROUTING_INDICATORS(0x7C, "Pivot routing indicators"),
    CALLED_DIRECTORY_NUMBER(0x7D, "Called directory number"),
    ORIGINAL_CALLED_IN_NUMBER(0x7E, "Original called IN number"),
    CALLING_GEODETIC_LOCATION(0x81, "Calling geodetic location"),
    HTR_INFORMATION(0x82, "HTR information"),
    NETWORK_ROUTING_NUMBER(0x84, "Network routing number"),
    QUERY_ON_RELEASE_CAPABILITY(0x85, "Query on release capability"),
    PIVOT_STATUS(0x86, "Pivot status"),
    PIVOT_COUNTER(0x87, "Pivot counter"),
    PIVOT_ROUTING_FORWARD_INFORMATION(0x88, "Pivot routing forward information"),
    PIVOT_ROUTING_BACKWARD_INFORMATION(0x89, "Pivot routing backward information"),
    REDIRECT_STATUS(0x8A, "Redirect status"),
    REDIRECT_FORWARD_INFORMATION(0x8B, "Redirect forward information"),
    REDIRECT_BACKWARD_INFORMATION(0x8C, "Redirect backward information"),
    NUMBER_PORTABILITY_FORWARD_INFORMATION(0x8D, "Number portability forward information"),
    GENERIC_NUMBER(0xC0, "Generic number", 3, 12),
    GENERIC_DIGITS(0xC1, "Generic digits"),
    OPERATOR_SERVICES_INFORMATION(0xC2, "Operator services information"),
    EGRESS_SERVICE(0xC3, "Egress service"),
    JURISDICTION_INFORMATION(0xC4, "Jurisdiction information", 1, 8),
    CARRIER_IDENTIFICATION(0xC5, "Carrier identification"),
    BUSINESS_GROUP(0xC6, "Business group"),
    GENERIC_NAME(0xC7, "Generic name"),
    NOTIFICATION_INDICATOR(0xE1, "Notification indicator"),
    CIRCUIT_GROUP_CHARACTERISTIC_INDICATOR(0xE5, "Circuit group characteristic indicator"),
    CIRCUIT_VALIDATION_RESPONSE_INDICATOR(0xE6, "Circuit validation response indicator"),
    OUTGOING_TRUNK_GROUP_NUMBER(0xE7, "Outgoing trunk group number"),
    CIRCUIT_IDENTIFICATION_NAME(0xE8, "Circuit identification name"),
    COMMON_LANGUAGE_LOCATION_IDENTIFICATION(0xE9, "Common language location identification"),
    ORIGINATING_LINE_INFORMATION(0xEA, "Originating line information"),
    CHARGE_NUMBER(0xEB, "Charge number", 2, 11),
    SERVICE_CODE_INDICATOR(0xEC, "Service code indicator"),
    SPECIAL_PROCESSING_REQUEST(0xED, "Special processing request"),
    CARRIER_SELECTION_INFORMATION(0xEE, "Carrier selection information"),
    NETWORK_TRANSPORT(0xEF, "Network transport"),
    UNKNOWN(-1, "Unknown");

    private static final IsupParameterCode[] BY_CODE = new IsupParameterCode[256];

    static {
        java.util.Arrays.fill(BY_CODE, UNKNOWN);
        for (IsupParameterCode code : values()) {
            if (code.code >= 0) {
                BY_CODE[code.code] = code;
            }
        }
    }

    private final int code;
    private final String displayName;
    private final int minLength;
    private final int maxLength;

    IsupParameterCode(int code, String displayName) {
        this(code, displayName, 0, 255);
    }

    IsupParameterCode(int code, String displayName, int minLength, int maxLength) {
        this.code = code;
        this.displayName = displayName;
        this.minLength = minLength;
        this.maxLength = maxLength;
    }

    /** The parameter name octet, or -1 for {@link #UNKNOWN}. */
    public int value() {
        return code;
    }

    /** The Q.763 / T1.113 name, as Wireshark prints it. */
    public String displayName() {
        return displayName;
    }

    /** Shortest value this codec accepts, in octets (0 when not interpreted). */
    public int minLength() {
        return minLength;
    }

    /** Longest value this codec accepts, in octets (255 when not interpreted). */
    public int maxLength() {
        return maxLength;
    }

    /** The parameter for a name octet; {@link #UNKNOWN} outside the table (never null, never throws). */
    public static IsupParameterCode valueOf(int code) {
        return (code & ~0xFF) == 0 ? BY_CODE[code] : UNKNOWN;
    }

    /** Display name for a raw code, unknown codes shown as "Unknown (0xF2)". */
    public static String nameOf(int code) {
        IsupParameterCode known = valueOf(code);
        return known == UNKNOWN ? String.format("Unknown (0x%02X)", code & 0xFF) : known.displayName;
    }
}
