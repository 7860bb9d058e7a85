package org.callwall.gateway.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.callwall.isup.IsupDecodeException;
import org.callwall.isup.IsupParameterCode;

/**
 * JSON for {@code callwall isup decode --json}, one object per message on one line, written by hand: the
 * values are only maps, lists, strings, numbers, booleans and null.
 */
final class IsupDecodeJson {
    private static final List<String> CALLED_KEYS =
            List.of("digits", "natureOfAddress", "numberingPlan", "internalNetworkNumber", "oddEven");
    private static final List<String> CALLING_KEYS =
            List.of("digits", "natureOfAddress", "numberingPlan", "presentation", "screening", "numberIncomplete");

    private IsupDecodeJson() {
    }

    static String message(IsupDecodeView view) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("cic", view.cic());
        Map<String, Object> type = new LinkedHashMap<>();
        type.put("code", view.messageTypeCode());
        type.put("name", view.messageTypeName());
        type.put("description", view.messageTypeDescription());
        root.put("messageType", type);
        root.put("variant", view.variant().name());
        root.put("length", view.length());
        // absent parameters are written as JSON null so every object has the same keys
        root.put("calledPartyNumber", view.firstFields(IsupParameterCode.CALLED_PARTY_NUMBER)
                .map(fields -> pick(fields, CALLED_KEYS)).orElse(null));
        root.put("callingPartyNumber", view.firstFields(IsupParameterCode.CALLING_PARTY_NUMBER)
                .map(fields -> pick(fields, CALLING_KEYS)).orElse(null));
        root.put("callingPartyCategory", view.firstFields(IsupParameterCode.CALLING_PARTYS_CATEGORY)
                .map(fields -> fields.get("value")).orElse(null));
        root.put("cause", view.firstFields(IsupParameterCode.CAUSE_INDICATORS).orElse(null));
        root.put("parameters", view.parameters());
        root.put("trailingOctets", view.trailingOctets());
        if (view.trailingOctets() > 0) {
            root.put("trailingHex", view.trailingHex());
        }
        return write(new StringBuilder(512), root).toString();
    }

    static String error(IsupDecodeException error, String input) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("what", error.what());
        details.put("actual", error.actual());
        details.put("expected", error.expected());
        details.put("parameter", error.parameterCode() < 0 ? null : IsupParameterCode.nameOf(error.parameterCode()));
        details.put("parameterCode", error.parameterCode() < 0 ? null : error.parameterCode());
        details.put("offset", error.offset());
        details.put("messageType", error.messageTypeCode() < 0 ? null : error.messageTypeCode());
        details.put("cic", error.cic() < 0 ? null : error.cic());
        details.put("cause", error.cause());
        details.put("message", error.getMessage());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("error", details);
        root.put("input", input);
        return write(new StringBuilder(256), root).toString();
    }

    private static Map<String, Object> pick(Map<String, Object> fields, List<String> keys) {
        Map<String, Object> picked = new LinkedHashMap<>();
        for (String key : keys) {
            picked.put(key, fields.get(key));
        }
        return picked;
    }

    static StringBuilder write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(out, text);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, entry.getKey().toString());
                out.append(':');
                write(out, entry.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(out, list.get(i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("JSON value type: " + value.getClass().getName()
                    + " (expected: Map, List, String, Number, Boolean or null)");
        }
        return out;
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
