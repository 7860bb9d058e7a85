package org.callwall.gateway.metrics;

/**
 * Tag values for the M3UA message classes (RFC 4666 §3.1.2) and error codes (§3.8.1) that association
 * metrics are broken down by. Values without a name here are not exported.
 */
public final class M3uaCodeNames {

    private static final String[] CLASS_NAMES = new String[10];
    private static final String[] ERROR_NAMES = new String[0x1b];

    static {
        CLASS_NAMES[0] = "mgmt";
        CLASS_NAMES[1] = "transfer";
        CLASS_NAMES[2] = "ssnm";
        CLASS_NAMES[3] = "aspsm";
        CLASS_NAMES[4] = "asptm";
        CLASS_NAMES[9] = "rkm";
        ERROR_NAMES[0x01] = "invalid_version";
        ERROR_NAMES[0x03] = "unsupported_message_class";
        ERROR_NAMES[0x04] = "unsupported_message_type";
        ERROR_NAMES[0x05] = "unsupported_traffic_mode_type";
        ERROR_NAMES[0x06] = "unexpected_message";
        ERROR_NAMES[0x07] = "protocol_error";
        ERROR_NAMES[0x09] = "invalid_stream_identifier";
        ERROR_NAMES[0x0d] = "refused_management_blocking";
        ERROR_NAMES[0x0e] = "asp_identifier_required";
        ERROR_NAMES[0x0f] = "invalid_asp_identifier";
        ERROR_NAMES[0x11] = "invalid_parameter_value";
        ERROR_NAMES[0x12] = "parameter_field_error";
        ERROR_NAMES[0x13] = "unexpected_parameter";
        ERROR_NAMES[0x14] = "destination_status_unknown";
        ERROR_NAMES[0x15] = "invalid_network_appearance";
        ERROR_NAMES[0x16] = "missing_parameter";
        ERROR_NAMES[0x19] = "invalid_routing_context";
        ERROR_NAMES[0x1a] = "no_configured_as_for_asp";
    }

    private M3uaCodeNames() {
    }

    /** Message class values that have a name, in ascending order. */
    public static int[] messageClasses() {
        return named(CLASS_NAMES);
    }

    /** Error code values that have a name, in ascending order. */
    public static int[] errorCodes() {
        return named(ERROR_NAMES);
    }

    /** Tag value of a message class; "unknown" for a value RFC 4666 does not assign. */
    public static String messageClassName(int messageClass) {
        return lookup(CLASS_NAMES, messageClass);
    }

    /** Tag value of an error code; "unknown" for a value RFC 4666 does not assign. */
    public static String errorCodeName(int errorCode) {
        return lookup(ERROR_NAMES, errorCode);
    }

    private static String lookup(String[] names, int value) {
        String name = value >= 0 && value < names.length ? names[value] : null;
        return name != null ? name : "unknown";
    }

    private static int[] named(String[] names) {
        int count = 0;
        for (String name : names) {
            if (name != null) {
                count++;
            }
        }
        int[] values = new int[count];
        int i = 0;
        for (int v = 0; v < names.length; v++) {
            if (names[v] != null) {
                values[i++] = v;
            }
        }
        return values;
    }
}
