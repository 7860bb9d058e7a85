package org.callwall.m3ua.codec;

import io.netty.buffer.ByteBuf;

/**
 * Decides whether a wrapped message may be acted upon, in the order of RFC 4666 §3.8.1 and §4.1:
 * version, message length, class, type, stream, parameter layout, mandatory parameters and the
 * values this node interprets. The first problem found is thrown as an {@link M3uaMessageException}
 * carrying the error code to answer with; valid messages pass without allocation.
 */
public final class MessageValidator {

    /** Stream number to pass when the transport has no streams (TCP). */
    public static final int NO_STREAM = -1;

    private MessageValidator() {
    }

    /** Top-level tags a message type must carry, in the order they are required (and reported missing). */
    private static ParameterTag[] mandatory(MessageType type) {
        return switch (type) {
            case ERR -> new ParameterTag[] {ParameterTag.ERROR_CODE};
            case NTFY -> new ParameterTag[] {ParameterTag.STATUS};
            case DATA -> new ParameterTag[] {ParameterTag.PROTOCOL_DATA};
            case DUNA, DAVA, DAUD, SCON, DRST -> new ParameterTag[] {ParameterTag.AFFECTED_POINT_CODE};
            case DUPU -> new ParameterTag[] {ParameterTag.AFFECTED_POINT_CODE, ParameterTag.USER_CAUSE};
            case REG_REQ -> new ParameterTag[] {ParameterTag.ROUTING_KEY};
            case REG_RSP -> new ParameterTag[] {ParameterTag.REGISTRATION_RESULT};
            case DEREG_REQ -> new ParameterTag[] {ParameterTag.ROUTING_CONTEXT};
            case DEREG_RSP -> new ParameterTag[] {ParameterTag.DEREGISTRATION_RESULT};
            default -> new ParameterTag[0];
        };
    }

    /** {@link #mandatory} of each type, by ordinal. */
    private static final ParameterTag[][] MANDATORY = new ParameterTag[MessageType.values().length][];
    /** {@link #MANDATORY} as masks of {@link ParameterTag#index()} bits, by ordinal. */
    private static final int[] MANDATORY_MASK = new int[MessageType.values().length];

    static {
        for (MessageType type : MessageType.values()) {
            MANDATORY[type.ordinal()] = mandatory(type);
            MANDATORY_MASK[type.ordinal()] = mask(MANDATORY[type.ordinal()]);
        }
    }

    /** Parameters whose value is exactly 4 octets. */
    private static final int EXACTLY_FOUR = mask(ParameterTag.TRAFFIC_MODE_TYPE, ParameterTag.ERROR_CODE,
            ParameterTag.STATUS, ParameterTag.ASP_IDENTIFIER, ParameterTag.NETWORK_APPEARANCE,
            ParameterTag.USER_CAUSE, ParameterTag.CORRELATION_ID);
    /** Parameters whose value is a non-empty list of 32-bit values. */
    private static final int MULTIPLE_OF_FOUR = mask(ParameterTag.ROUTING_CONTEXT, ParameterTag.AFFECTED_POINT_CODE);
    private static final int PROTOCOL_DATA = mask(ParameterTag.PROTOCOL_DATA);
    /** Parameters whose value this node interprets beyond its length. */
    private static final int TRAFFIC_MODE_TYPE = mask(ParameterTag.TRAFFIC_MODE_TYPE);
    /** Parameters whose value is itself a list of parameters, laid out by the same rules. */
    private static final int CONTAINERS = mask(ParameterTag.ROUTING_KEY, ParameterTag.REGISTRATION_RESULT,
            ParameterTag.DEREGISTRATION_RESULT);

    private static int mask(ParameterTag... tags) {
        int mask = 0;
        for (ParameterTag tag : tags) {
            mask |= 1 << tag.index();
        }
        return mask;
    }

    /** Validates {@code m} received on {@code stream} (or {@link #NO_STREAM}). */
    public static void validate(M3uaMessage m, int stream) {
        validatedType(m, stream);
    }

    /**
     * Validates {@code m} received on {@code stream} (or {@link #NO_STREAM}) as {@link #validate} does
     * and answers its type (never {@link MessageType#UNKNOWN}). The common header is read in one
     * 64-bit read; one walk checks the parameter layout, records where each tag first occurs (the
     * table {@link M3uaMessage#find} answers from) and marks the parameters whose length is wrong, so
     * a valid message leaves with two mask tests. Whatever fails is reported as the checks one after
     * the other would report it (the first in the order of RFC 4666 §3.8.1).
     */
    public static MessageType validatedType(M3uaMessage m, int stream) {
        if (m.frameLength() < M3uaMessage.HEADER_LENGTH) {
            throw new M3uaMessageException(ErrorCode.PROTOCOL_ERROR,
                    "message shorter than its header: " + m.frameLength() + " (expected: >= 8)");
        }
        // | version | reserved | class | type | message length (32) |
        long header = m.buffer().getLong(m.offset());
        if ((int) (header >>> 56) != M3uaMessage.VERSION) {
            throw new M3uaMessageException(ErrorCode.INVALID_VERSION,
                    "invalid version: " + m.version() + " (expected: 1)");
        }
        if ((header & 0xffffffffL) != m.frameLength()) {
            throw new M3uaMessageException(ErrorCode.PROTOCOL_ERROR,
                    "message length field does not match the frame: " + m.messageLength()
                            + " (expected: " + m.frameLength() + ")");
        }
        MessageType type = MessageType.valueOf((int) (header >>> 40) & 0xff, (int) (header >>> 32) & 0xff);
        if (type == MessageType.UNKNOWN) {
            MessageClass messageClass = m.messageClass();
            if (messageClass == MessageClass.UNKNOWN) {
                throw new M3uaMessageException(ErrorCode.UNSUPPORTED_MESSAGE_CLASS,
                        "unsupported message class: " + m.messageClassValue()
                                + " (expected: 0, 1, 2, 3, 4 or 9)");
            }
            throw new M3uaMessageException(ErrorCode.UNSUPPORTED_MESSAGE_TYPE,
                    "unsupported message type: " + m.messageTypeValue() + " (expected: a type of class "
                            + messageClass + ")");
        }
        MessageClass messageClass = type.messageClass();
        if (stream > 0 && (messageClass == MessageClass.ASPSM || messageClass == MessageClass.RKM)) {
            throw new M3uaMessageException(ErrorCode.INVALID_STREAM_IDENTIFIER,
                    "invalid stream identifier: " + stream + " (expected: 0 for " + type + ")");
        }
        long found = checkAndIndexLayout(m, type);
        int present = (int) found;
        int required = MANDATORY_MASK[type.ordinal()];
        if ((present & required) != required) {
            checkMandatory(m, type);
        }
        if ((int) (found >>> 32) != 0 || (present & TRAFFIC_MODE_TYPE) != 0) {
            checkValues(m);
        }
        return type;
    }

    /**
     * The top-level walk: parameters must tile the region exactly, the last one may omit its padding
     * (containers are checked inside by {@link #checkLayout}). Records each tag's first occurrence in
     * {@code m}; answers the tags present (low 32 bits) and those whose first occurrence has a length
     * {@link #checkValues} refuses (high 32 bits).
     */
    private static long checkAndIndexLayout(M3uaMessage m, MessageType type) {
        ByteBuf buffer = m.buffer();
        int to = m.end();
        int at = m.parametersOffset();
        int present = 0;
        int wrongLength = 0;
        while (at < to) {
            if (to - at < 4) {
                throw truncated(type, to, at);
            }
            int header = buffer.getInt(at);
            int length = header & 0xffff;
            if (length < 4 || at + length > to) {
                throw invalidLength(type, to, at, header >>> 16, length);
            }
            int index = ParameterTag.indexOf(header >>> 16);
            if (index >= 0) {
                int bit = 1 << index;
                if ((present & bit) == 0) {
                    present |= bit;
                    m.recordFirst(index, at);
                    if (!lengthAllowed(bit, length - 4)) {
                        wrongLength |= bit;
                    }
                }
                if ((bit & CONTAINERS) != 0) {
                    checkLayout(buffer, at + 4, at + length, type);
                }
            }
            at += Math.min(M3uaMessage.padded(length), to - at);
        }
        m.indexed(present);
        return (long) wrongLength << 32 | present & 0xffffffffL;
    }

    /** Whether a value of {@code valueLength} octets passes {@link #checkValues} for the tag of {@code bit}. */
    private static boolean lengthAllowed(int bit, int valueLength) {
        if ((bit & EXACTLY_FOUR) != 0) {
            return valueLength == 4;
        }
        if ((bit & MULTIPLE_OF_FOUR) != 0) {
            return valueLength != 0 && valueLength % 4 == 0;
        }
        return (bit & PROTOCOL_DATA) == 0 || valueLength >= ProtocolData.LABEL_LENGTH;
    }

    /** Parameters inside a container must tile it exactly; the last one may omit its padding. */
    private static void checkLayout(ByteBuf buffer, int from, int to, MessageType type) {
        int at = from;
        while (at < to) {
            if (to - at < 4) {
                throw truncated(type, to, at);
            }
            int tag = buffer.getUnsignedShort(at);
            int length = buffer.getUnsignedShort(at + 2);
            if (length < 4 || at + length > to) {
                throw invalidLength(type, to, at, tag, length);
            }
            if (ParameterTag.valueOf(tag).isContainer()) {
                checkLayout(buffer, at + 4, at + length, type);
            }
            at += Math.min(M3uaMessage.padded(length), to - at);
        }
    }

    private static M3uaMessageException truncated(MessageType type, int to, int at) {
        return new M3uaMessageException(ErrorCode.PARAMETER_FIELD_ERROR,
                "truncated parameter header: " + (to - at) + " octets (expected: >= 4) type=" + type + " offset=" + at);
    }

    private static M3uaMessageException invalidLength(MessageType type, int to, int at, int tag, int length) {
        return new M3uaMessageException(ErrorCode.PARAMETER_FIELD_ERROR,
                "invalid parameter length: " + length + " (expected: 4.." + (to - at) + ") tag=" + tag + " type="
                        + type + " offset=" + at);
    }

    /** Throws for the first mandatory parameter of {@code type} that {@code m} lacks. */
    private static void checkMandatory(M3uaMessage m, MessageType type) {
        for (ParameterTag tag : MANDATORY[type.ordinal()]) {
            require(m, type, tag);
        }
    }

    private static void require(M3uaMessage m, MessageType type, ParameterTag tag) {
        if (!m.has(tag)) {
            throw new M3uaMessageException(ErrorCode.MISSING_PARAMETER,
                    "missing parameter: " + tag + " (expected: mandatory in " + type + ")");
        }
    }

    private static void checkValues(M3uaMessage m) {
        int at = m.find(ParameterTag.PROTOCOL_DATA);
        if (at >= 0 && m.valueLengthAt(at) < ProtocolData.LABEL_LENGTH) {
            throw new M3uaMessageException(ErrorCode.INVALID_PARAMETER_VALUE,
                    "protocol data too short: " + m.valueLengthAt(at) + " (expected: >= 12) offset=" + at);
        }
        multipleOfFour(m, ParameterTag.ROUTING_CONTEXT);
        multipleOfFour(m, ParameterTag.AFFECTED_POINT_CODE);
        exactlyFour(m, ParameterTag.TRAFFIC_MODE_TYPE);
        exactlyFour(m, ParameterTag.ERROR_CODE);
        exactlyFour(m, ParameterTag.STATUS);
        exactlyFour(m, ParameterTag.ASP_IDENTIFIER);
        exactlyFour(m, ParameterTag.NETWORK_APPEARANCE);
        exactlyFour(m, ParameterTag.USER_CAUSE);
        exactlyFour(m, ParameterTag.CORRELATION_ID);
        int tmt = m.find(ParameterTag.TRAFFIC_MODE_TYPE);
        if (tmt >= 0 && TrafficMode.valueOf(m.buffer().getUnsignedInt(tmt + 4)) == TrafficMode.UNKNOWN) {
            throw new M3uaMessageException(ErrorCode.UNSUPPORTED_TRAFFIC_MODE_TYPE,
                    "unsupported traffic mode type: " + m.buffer().getUnsignedInt(tmt + 4)
                            + " (expected: 1 override, 2 loadshare or 3 broadcast)");
        }
    }

    private static void multipleOfFour(M3uaMessage m, ParameterTag tag) {
        int at = m.find(tag);
        if (at >= 0 && (m.valueLengthAt(at) == 0 || m.valueLengthAt(at) % 4 != 0)) {
            throw new M3uaMessageException(ErrorCode.INVALID_PARAMETER_VALUE,
                    "invalid parameter length: " + m.valueLengthAt(at) + " (expected: a multiple of 4) parameter="
                            + tag + " offset=" + at);
        }
    }

    private static void exactlyFour(M3uaMessage m, ParameterTag tag) {
        int at = m.find(tag);
        if (at >= 0 && m.valueLengthAt(at) != 4) {
            throw new M3uaMessageException(ErrorCode.INVALID_PARAMETER_VALUE,
                    "invalid parameter length: " + m.valueLengthAt(at) + " (expected: 4) parameter="
                            + tag + " offset=" + at);
        }
    }
}
