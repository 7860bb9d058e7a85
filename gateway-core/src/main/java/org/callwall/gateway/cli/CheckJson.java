package org.callwall.gateway.cli;

import java.util.List;
import org.callwall.screening.ScreeningInput;
import org.callwall.screening.Verdict;

/** The JSON form of {@code callwall check} answers: one object per call, written by hand (no JSON library). */
final class CheckJson {

    private CheckJson() {
    }

    static String verdict(Verdict verdict, String trunk, ScreeningInput input, List<String> trace) {
        StringBuilder json = new StringBuilder("{");
        field(json, "trunkGroup", trunk).append(',');
        field(json, "action", verdict.action().yamlName()).append(',');
        field(json, "rule", verdict.rule()).append(',');
        json.append("\"enforced\":").append(verdict.enforced());
        switch (verdict.action()) {
            case RELEASE -> {
                json.append(",\"cause\":").append(verdict.cause()).append(',');
                field(json, "location", verdict.location().yamlName());
            }
            case DIVERT -> {
                json.append(',');
                field(json, "divertTo", verdict.divert().to().render(input));
                json.append(",\"divertNai\":").append(verdict.divert().nai())
                        .append(",\"originalCalled\":").append(verdict.divert().addOriginalCalled())
                        .append(",\"redirectionInformation\":").append(verdict.divert().addRedirectionInformation());
            }
            case MODIFY -> {
                json.append(',');
                field(json, "modify", verdict.modify().toString());
            }
            default -> { }
        }
        if (!verdict.counter().isEmpty()) {
            json.append(',');
            field(json, "counter", verdict.counter());
        }
        if (trace != null) {
            json.append(",\"trace\":[");
            for (int i = 0; i < trace.size(); i++) {
                json.append(i == 0 ? "" : ",");
                string(json, trace.get(i));
            }
            json.append(']');
        }
        return json.append('}').toString();
    }

    static StringBuilder field(StringBuilder json, String name, String value) {
        string(json, name);
        json.append(':');
        return string(json, value);
    }

    static StringBuilder string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
