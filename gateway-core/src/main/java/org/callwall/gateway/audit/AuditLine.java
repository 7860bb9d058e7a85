package org.callwall.gateway.audit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.callwall.isup.param.NumberDigits;

/**
 * One audit line being formatted: JSON (RFC 8259) written as bytes into a reused array, without
 * intermediate objects. Every character outside printable ASCII is written as a {@code \}{@code uXXXX}
 * escape, so the line is pure ASCII, valid UTF-8 and free of line breaks whatever the wire or the
 * configuration held: quotes, backslashes, control characters, U+2028/U+2029 (line breaks to JavaScript
 * readers) and unpaired surrogates included.
 *
 * <p>Times are ISO-8601 UTC with milliseconds always ({@code 2026-11-23T19:00:00.123Z});
 * {@code Instant.toString()} would allocate and drops zero milliseconds, which makes the column ragged.
 * The text up to the second is computed once per second and reused.
 *
 * <p>Not thread-safe: one per {@link AuditLog}.
 */
final class AuditLine {

    private static final long SECONDS_PER_DAY = 86_400L;
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SIGNALS = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);
    /** {@code yyyy-MM-ddTHH:mm:ss.}: what {@link #second} caches. */
    private static final int SECOND_TEXT = 20;

    private byte[] bytes = new byte[512];
    private int length;
    private long second = Long.MIN_VALUE;
    private final byte[] secondText = new byte[SECOND_TEXT];

    void reset() {
        length = 0;
    }

    int length() {
        return length;
    }

    /** The line's bytes, valid up to {@link #length()}. */
    byte[] bytes() {
        return bytes;
    }

    /** Appends ASCII bytes the caller vouches for (field names, punctuation): no escaping. */
    AuditLine raw(byte[] ascii) {
        ensure(ascii.length);
        System.arraycopy(ascii, 0, bytes, length, ascii.length);
        length += ascii.length;
        return this;
    }

    AuditLine ascii(char c) {
        ensure(1);
        bytes[length++] = (byte) c;
        return this;
    }

    /** Appends {@code value} in decimal, or {@code null} when it is negative (the record's "unset"). */
    AuditLine numberOrNull(long value) {
        if (value < 0) {
            return nullLiteral();
        }
        ensure(20);
        if (value == 0) {
            bytes[length++] = '0';
            return this;
        }
        int digits = 0;
        for (long v = value; v != 0; v /= 10) {
            digits++;
        }
        int at = length + digits;
        for (long v = value; v != 0; v /= 10) {
            bytes[--at] = (byte) ('0' + (int) (v % 10));
        }
        length += digits;
        return this;
    }

    AuditLine nullLiteral() {
        return raw(NULL);
    }

    /** Appends {@code value} as a quoted JSON string, or {@code null} when it is null. */
    AuditLine string(CharSequence value) {
        if (value == null) {
            return nullLiteral();
        }
        if (value instanceof NumberDigits) {
            return digits((NumberDigits) value);
        }
        int n = value.length();
        ensure(n * 6 + 2);
        bytes[length++] = '"';
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                bytes[length++] = (byte) c;
            } else {
                escape(c);
            }
        }
        bytes[length++] = '"';
        return this;
    }

    /** Digits off the wire, read a signal word (16 digits) at a time: only 0-9, A-F, never escaped. */
    private AuditLine digits(NumberDigits value) {
        int n = value.length();
        ensure(n + 2);
        bytes[length++] = '"';
        for (int word = 0, left = n; left > 0; word++, left -= NumberDigits.SIGNALS_PER_WORD) {
            long signals = value.signalWord(word);
            for (int k = Math.min(left, NumberDigits.SIGNALS_PER_WORD); k > 0; k--, signals >>>= 4) {
                bytes[length++] = SIGNALS[(int) signals & 0x0F];
            }
        }
        bytes[length++] = '"';
        return this;
    }

    private void escape(char c) {
        switch (c) {
            case '"' -> pair('"');
            case '\\' -> pair('\\');
            case '\n' -> pair('n');
            case '\r' -> pair('r');
            case '\t' -> pair('t');
            case '\b' -> pair('b');
            case '\f' -> pair('f');
            default -> {
                bytes[length++] = '\\';
                bytes[length++] = 'u';
                bytes[length++] = HEX[(c >> 12) & 0xF];
                bytes[length++] = HEX[(c >> 8) & 0xF];
                bytes[length++] = HEX[(c >> 4) & 0xF];
                bytes[length++] = HEX[c & 0xF];
            }
        }
    }

    private void pair(char c) {
        bytes[length++] = '\\';
        bytes[length++] = (byte) c;
    }

    /** Appends {@code epochMillis} as {@code yyyy-MM-ddTHH:mm:ss.SSSZ} (years 0000..9999), unquoted. */
    AuditLine timestamp(long epochMillis) {
        long s = Math.floorDiv(epochMillis, 1000);
        if (s != second) {
            writeSecond(secondText, s);
            second = s;
        }
        ensure(SECOND_TEXT + 4);
        System.arraycopy(secondText, 0, bytes, length, SECOND_TEXT);
        length += SECOND_TEXT;
        int millis = (int) Math.floorMod(epochMillis, 1000L);
        bytes[length++] = (byte) ('0' + millis / 100);
        bytes[length++] = (byte) ('0' + millis / 10 % 10);
        bytes[length++] = (byte) ('0' + millis % 10);
        bytes[length++] = 'Z';
        return this;
    }

    /** Civil date and time of {@code epochSecond} in the proleptic Gregorian calendar, up to the '.'. */
    private static void writeSecond(byte[] out, long epochSecond) {
        long days = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
        int secondOfDay = (int) (epochSecond - days * SECONDS_PER_DAY);
        // Civil date from days since 1970-01-01 in 400-year eras (H. Hinnant, "chrono-compatible
        // low-level date algorithms").
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        decimal(out, 0, year, 4);
        out[4] = '-';
        decimal(out, 5, month, 2);
        out[7] = '-';
        decimal(out, 8, day, 2);
        out[10] = 'T';
        decimal(out, 11, secondOfDay / 3600, 2);
        out[13] = ':';
        decimal(out, 14, secondOfDay / 60 % 60, 2);
        out[16] = ':';
        decimal(out, 17, secondOfDay % 60, 2);
        out[19] = '.';
    }

    private static void decimal(byte[] out, int at, long value, int width) {
        for (int i = at + width - 1; i >= at; i--, value /= 10) {
            out[i] = (byte) ('0' + value % 10);
        }
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    /** The line as text (ASCII, so one byte is one character): for tests and {@code callwall check}. */
    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }
}
