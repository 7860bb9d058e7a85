package org.callwall.gateway.cli;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.callwall.isup.IsupParameterCode;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.message.IsupMessage;
import org.callwall.isup.message.ParameterKind;

/**
 * One walked message turned into plain values for {@code callwall isup decode}: every parameter in wire
 * order with its code, name, place, hex and decoded fields. Built once per message; the text and JSON
 * outputs only format it.
 */
final class IsupDecodeView {
    private final IsupMessage message;
    private final List<Map<String, Object>> parameters = new ArrayList<>();

    IsupDecodeView(IsupMessage message, IsupDecodeFields decoder) {
        this.message = message;
        ByteBuf buf = message.buffer();
        for (int i = 0; i < message.parameterCount(); i++) {
            Map<String, Object> parameter = new LinkedHashMap<>();
            parameter.put("code", message.parameterCode(i));
            parameter.put("name", IsupParameterCode.nameOf(message.parameterCode(i)));
            parameter.put("kind", kind(message.parameterKind(i)));
            parameter.put("hex", ByteBufUtil.hexDump(buf, message.offset() + message.valueOffset(i),
                    message.valueLength(i)));
            parameter.put("fields", decoder.of(message, i));
            parameters.add(parameter);
        }
    }

    private static String kind(ParameterKind kind) {
        return switch (kind) {
            case MANDATORY_FIXED -> "mandatory fixed";
            case MANDATORY_VARIABLE -> "mandatory variable";
            case OPTIONAL -> "optional";
        };
    }

    int cic() {
        return message.cic();
    }

    int messageTypeCode() {
        return message.messageTypeCode();
    }

    String messageTypeName() {
        return message.messageType().name();
    }

    String messageTypeDescription() {
        return message.messageType().displayName();
    }

    IsupVariant variant() {
        return message.variant();
    }

    int length() {
        return message.length();
    }

    List<Map<String, Object>> parameters() {
        return parameters;
    }

    int trailingOctets() {
        return message.trailingOctets();
    }

    String trailingHex() {
        return ByteBufUtil.hexDump(message.buffer(), message.offset() + message.endOfParameters(),
                message.trailingOctets());
    }

    /** Decoded fields of the first parameter with this code; empty when the message has none. */
    @SuppressWarnings("unchecked")
    Optional<Map<String, Object>> firstFields(IsupParameterCode code) {
        for (Map<String, Object> parameter : parameters) {
            if (((Integer) parameter.get("code")) == code.value()) {
                return Optional.of((Map<String, Object>) parameter.get("fields"));
            }
        }
        return Optional.empty();
    }
}
