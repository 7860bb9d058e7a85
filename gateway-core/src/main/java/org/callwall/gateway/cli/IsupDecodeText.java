package org.callwall.gateway.cli;

import java.util.Map;
import org.callwall.isup.IsupDecodeException;
import org.callwall.isup.IsupParameterCode;

/** The human output of {@code callwall isup decode}: a header line, then one line per parameter. */
final class IsupDecodeText {
    private IsupDecodeText() {
    }

    @SuppressWarnings("unchecked")
    static String message(IsupDecodeView view) {
        StringBuilder out = new StringBuilder(512);
        out.append(view.messageTypeName()).append(" (").append(view.messageTypeDescription()).append(", type ")
                .append(view.messageTypeCode()).append(") cic=").append(view.cic()).append(" variant=")
                .append(view.variant()).append(" length=").append(view.length()).append('\n');
        for (Map<String, Object> parameter : view.parameters()) {
            int code = (Integer) parameter.get("code");
            out.append(String.format("  %-18s 0x%02x %-40s", parameter.get("kind"), code, parameter.get("name")));
            String hex = (String) parameter.get("hex");
            out.append(' ').append(hex.isEmpty() ? "(empty)" : hex);
            Map<String, Object> fields = (Map<String, Object>) parameter.get("fields");
            if (!fields.isEmpty()) {
                out.append("\n").append(" ".repeat(4));
                boolean first = true;
                for (Map.Entry<String, Object> field : fields.entrySet()) {
                    if (!first) {
                        out.append(' ');
                    }
                    first = false;
                    out.append(field.getKey()).append('=').append(field.getValue());
                }
            }
            out.append('\n');
        }
        if (view.trailingOctets() > 0) {
            out.append("  trailing octets after the last parameter: ").append(view.trailingOctets()).append(" (")
                    .append(view.trailingHex()).append(")\n");
        }
        return out.toString();
    }

    static String error(IsupDecodeException error, String input) {
        StringBuilder out = new StringBuilder(256);
        out.append("decode error: ").append(error.getMessage()).append('\n');
        out.append("  what:      ").append(error.what()).append('\n');
        out.append("  actual:    ").append(error.actual()).append('\n');
        out.append("  expected:  ").append(error.expected()).append('\n');
        if (error.parameterCode() >= 0) {
            out.append("  parameter: ").append(IsupParameterCode.nameOf(error.parameterCode()))
                    .append(String.format(" (0x%02x)", error.parameterCode())).append('\n');
        }
        out.append("  offset:    ").append(error.offset()).append('\n');
        out.append("  cause:     ").append(error.cause()).append(" (Q.850, to answer with)\n");
        out.append("  input:     ").append(input).append('\n');
        return out.toString();
    }
}
