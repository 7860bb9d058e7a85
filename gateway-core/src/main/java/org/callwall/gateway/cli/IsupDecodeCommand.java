package org.callwall.gateway.cli;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.callwall.isup.IsupDecodeException;
import org.callwall.isup.IsupVariant;
import org.callwall.isup.message.IsupMessage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code callwall isup decode}: decodes ISUP messages given as hex (from the CIC on) and lists every
 * parameter. Exit status 0 when every message decodes, 1 when one does not (the decode error is printed),
 * 2 when the input is not hex.
 */
@Command(
        name = "decode",
        mixinStandardHelpOptions = true,
        description = {"Decode ISUP messages given as hex, from the CIC on, and list every parameter.",
            "Digits print as on the wire: B-E as letters, ST as F (as Wireshark shows them)."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:every message decoded", "1:a message failed to decode (the error is printed)",
            "2:the input is not hex, or bad options"})
public final class IsupDecodeCommand implements Callable<Integer> {
    static final int EXIT_DECODE_ERROR = 1;
    static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--variant", defaultValue = "ITU", paramLabel = "itu|ansi|china",
            description = "ISUP variant (default: itu). ANSI: 14-bit CIC and T1.113 structures; "
                    + "china: ITU coding.")
    IsupVariant variant;

    @Option(names = "--json", description = "One JSON object per message, one per line.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "HEX",
            description = "The message from the CIC on; spaces and colons allowed. '-' reads stdin, one message "
                    + "per line.")
    List<String> hex;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> inputs = new ArrayList<>();
        if (hex.size() == 1 && "-".equals(hex.get(0))) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
                    inputs.add(line);
                }
            }
        } else {
            inputs.add(String.join(" ", hex));
        }
        IsupMessage message = new IsupMessage(variant);
        IsupDecodeFields fields = new IsupDecodeFields();
        int status = 0;
        for (String input : inputs) {
            String clean = input.replaceAll("[\\s:]", "");
            String problem = hexProblem(clean);
            if (problem != null) {
                err.println("invalid hex: " + problem + " input=" + input.strip());
                status = Math.max(status, EXIT_BAD_INPUT);
                continue;
            }
            ByteBuf buf = Unpooled.wrappedBuffer(parse(clean));
            try {
                IsupDecodeView view = new IsupDecodeView(message.wrap(buf, 0, buf.readableBytes()), fields);
                out.print(json ? IsupDecodeJson.message(view) + "\n" : IsupDecodeText.message(view));
            } catch (IsupDecodeException e) {
                if (json) {
                    out.println(IsupDecodeJson.error(e, clean));
                }
                err.print(IsupDecodeText.error(e, clean));
                status = Math.max(status, EXIT_DECODE_ERROR);
            }
        }
        out.flush();
        err.flush();
        return status;
    }

    /** Why {@code clean} is not an even-length hex string, or null when it is. */
    private static String hexProblem(String clean) {
        if (clean.isEmpty()) {
            return "no octets (expected: hex digits from the CIC on)";
        }
        for (int i = 0; i < clean.length(); i++) {
            if (Character.digit(clean.charAt(i), 16) < 0) {
                return "'" + clean.charAt(i) + "' at " + i + " (expected: 0-9, a-f, spaces or colons)";
            }
        }
        if (clean.length() % 2 != 0) {
            return clean.length() + " hex digits (expected: an even number)";
        }
        return null;
    }

    private static byte[] parse(String clean) {
        byte[] bytes = new byte[clean.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (Character.digit(clean.charAt(2 * i), 16) << 4 | Character.digit(clean.charAt(2 * i + 1), 16));
        }
        return bytes;
    }
}
