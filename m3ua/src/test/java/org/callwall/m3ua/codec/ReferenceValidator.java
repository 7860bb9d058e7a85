package org.callwall.m3ua.codec;

import io.netty.buffer.ByteBuf;

/**
 * The checks of RFC 4666 §3.8.1 and §4.1 as {@link MessageValidator} documents them, one after the other
 * and each on its own: every parameter is looked up by walking the message from its start, nothing is
 * shared between checks. The reference {@link MessageValidatorEquivalenceTest} holds the validator's one
 * walk to: same answer, same exception text, for every message.
 */
final class ReferenceValidator {

    private ReferenceValidator() {
    }

    static void validate(M3uaMessage m, int stream) {
        if (m.frameLength() < M3uaMessage.HEADER_LENGTH) {
            throw new M3uaMessageException(ErrorCode.PROTOCOL_ERROR,
                    "message shorter than its header: " + m.frameLength() + " (expected: >= 8)");
        }
        if (m.version() != M3uaMessage.VERSION) {
            throw new M3uaMessageException(ErrorCode.INVALID_VERSION,
                    "invalid version: " + m.version() + " (expected: 1)");
        }
        if (m.messageLength() != m.frameLength()) {
            throw new M3uaMessageException(ErrorCode.PROTOCOL_ERROR,
                    "message length field does not match the frame: " + m.messageLength()
                            + " (expected: " + m.frameLength() + ")");
        }
        MessageClass messageClass = m.messageClass();
        if (messageClass == MessageClass.UNKNOWN) {
            throw new M3uaMessageException(ErrorCode.UNSUPPORTED_MESSAGE_CLASS,
                    "unsupported message class: " + m.messageClassValue() + " (expected: 0, 1, 2, 3, 4 or 9)");
        }
        MessageType type = m.messageType();
        if (type == MessageType.UNKNOWN) {
            throw new M3uaMessageException(ErrorCode.UNSUPPORTED_MESSAGE_TYPE,
                    "unsupported message type: " + m.messageTypeValue() + " (expected: a type of class "
                            + messageClass + ")");
        }
        if (stream > 0 && (messageClass == MessageClass.ASPSM || messageClass == MessageClass.RKM)) {
            throw new M3uaMessageException(ErrorCode.INVALID_STREAM_IDENTIFIER,
                    "invalid stream identifier: " + stream + " (expected: 0 for " + type + ")");
        }
        checkLayout(m.buffer(), m.parametersOffset(), m.end(), type);
        switch (type) {
            case ERR -> require(m, type, ParameterTag.ERROR_CODE);
            case NTFY -> require(m, type, ParameterTag.STATUS);
            case DATA -> require(m, type, ParameterTag.PROTOCOL_DATA);
            case DUNA, DAVA, DAUD, SCON, DRST -> require(m, type, ParameterTag.AFFECTED_POINT_CODE);
            case DUPU -> {
                require(m, type, ParameterTag.AFFECTED_POINT_CODE);
                require(m, type, ParameterTag.USER_CAUSE);
            }
            case REG_REQ -> require(m, type, ParameterTag.ROUTING_KEY);
            case REG_RSP -> require(m, type, ParameterTag.REGISTRATION_RESULT);
            case DEREG_REQ -> require(m, type, ParameterTag.ROUTING_CONTEXT);
            case DEREG_RSP -> require(m, type, ParameterTag.DEREGISTRATION_RESULT);
            default -> {
            }
        }
        int at = walk(m, ParameterTag.PROTOCOL_DATA);
        if (at >= 0 && m.valueLengthAt(at) < ProtocolData.LABEL_LENGTH) {
            throw new M3uaMessageException(ErrorCode.INVALID_PARAMETER_VALUE,
                    "protocol data too short: " + m.valueLengthAt(at) + " (expected: >= 12) offset=" + at);
        }
        multipleOfFour(m, ParameterTag.ROUTING_CONTEXT);
        multipleOfFour(m, ParameterTag.AFFECTED_POINT_CODE);
        for (ParameterTag tag : new ParameterTag[] {ParameterTag.TRAFFIC_MODE_TYPE, ParameterTag.ERROR_CODE,
                ParameterTag.STATUS, ParameterTag.ASP_IDENTIFIER, ParameterTag.NETWORK_APPEARANCE,
                ParameterTag.USER_CAUSE, ParameterTag.CORRELATION_ID}) {
            int p = walk(m, tag);
            if (p >= 0 && m.valueLengthAt(p) != 4) {
                throw new M3uaMessageException(ErrorCode.INVALID_PARAMETER_VALUE,
                        "invalid parameter length: " + m.valueLengthAt(p) + " (expected: 4) parameter=" + tag
                                + " offset=" + p);
            }
        }
        int tmt = walk(m, ParameterTag.TRAFFIC_MODE_TYPE);
        if (tmt >= 0 && TrafficMode.valueOf(m.buffer().getUnsignedInt(tmt + 4)) == TrafficMode.UNKNOWN) {
            throw new M3uaMessageException(ErrorCode.UNSUPPORTED_TRAFFIC_MODE_TYPE,
                    "unsupported traffic mode type: " + m.buffer().getUnsignedInt(tmt + 4)
                            + " (expected: 1 override, 2 loadshare or 3 broadcast)");
        }
    }

    private static int walk(M3uaMessage m, ParameterTag tag) {
        return M3uaMessage.find(m.buffer(), m.parametersOffset(), m.end(), tag.value());
    }

    private static void checkLayout(ByteBuf buffer, int from, int to, MessageType type) {
        int at = from;
        while (at < to) {
            if (to - at < 4) {
                throw new M3uaMessageException(ErrorCode.PARAMETER_FIELD_ERROR,
                        "truncated parameter header: " + (to - at) + " octets (expected: >= 4) type="
                                + type + " offset=" + at);
            }
            int tag = buffer.getUnsignedShort(at);
            int length = buffer.getUnsignedShort(at + 2);
            if (length < 4 || at + length > to) {
                throw new M3uaMessageException(ErrorCode.PARAMETER_FIELD_ERROR,
                        "invalid parameter length: " + length + " (expected: 4.." + (to - at)
                                + ") tag=" + tag + " type=" + type + " offset=" + at);
            }
            if (ParameterTag.valueOf(tag).isContainer()) {
                checkLayout(buffer, at + 4, at + length, type);
            }
            at += Math.min(M3uaMessage.padded(length), to - at);
        }
    }

    private static void require(M3uaMessage m, MessageType type, ParameterTag tag) {
        if (walk(m, tag) < 0) {
            throw new M3uaMessageException(ErrorCode.MISSING_PARAMETER,
                    "missing parameter: " + tag + " (expected: mandatory in " + type + ")");
        }
    }

    private static void multipleOfFour(M3uaMessage m, ParameterTag tag) {
        int at = walk(m, tag);
        if (at >= 0 && (m.valueLengthAt(at) == 0 || m.valueLengthAt(at) % 4 != 0)) {
            throw new M3uaMessageException(ErrorCode.INVALID_PARAMETER_VALUE,
                    "invalid parameter length: " + m.valueLengthAt(at) + " (expected: a multiple of 4) parameter="
                            + tag + " offset=" + at);
        }
    }
}
