package org.callwall.gateway.audit;

/**
 * Appends an epoch-millisecond time as ISO-8601 UTC with milliseconds ({@code 2026-11-23T19:00:00.123Z})
 * straight into a {@link StringBuilder}: {@code Instant.toString()} would allocate per line and drops
 * the milliseconds when they are zero, which makes the column ragged.
 */
public final class UtcTimestamp {

    private static final long MILLIS_PER_DAY = 86_400_000L;

    private UtcTimestamp() {
    }

    /** For years 0000..9999; the civil-from-days conversion is the proleptic Gregorian one. */
    public static void append(StringBuilder out, long epochMillis) {
        long days = Math.floorDiv(epochMillis, MILLIS_PER_DAY);
        long millisOfDay = Math.floorMod(epochMillis, MILLIS_PER_DAY);
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

        int seconds = (int) (millisOfDay / 1000);
        pad(out, year, 4).append('-');
        pad(out, month, 2).append('-');
        pad(out, day, 2).append('T');
        pad(out, seconds / 3600, 2).append(':');
        pad(out, seconds / 60 % 60, 2).append(':');
        pad(out, seconds % 60, 2).append('.');
        pad(out, millisOfDay % 1000, 3).append('Z');
    }

    private static StringBuilder pad(StringBuilder out, long value, int width) {
        for (long limit = 10, i = 1; i < width; i++, limit *= 10) {
            if (value < limit) {
                out.append('0');
            }
        }
        return out.append(value);
    }
}
