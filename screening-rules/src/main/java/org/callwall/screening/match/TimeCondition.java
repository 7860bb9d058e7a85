package org.callwall.screening.match;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.EnumSet;
import java.util.Set;
import org.callwall.screening.ScreeningInput;
import org.callwall.screening.TrunkGroup;

/**
 * {@code time: {days: [mon, fri], from: "22:00", to: "06:00"}}: the call's local time falls on one of the
 * days and within [from, to); a window whose end is before its start wraps over midnight.
 *
 * <p>The zone offset is cached with the span of time it holds for (between two transitions of the zone
 * rules), so a call costs arithmetic only; the zone rules are asked again, allocating, only when a call
 * falls outside the cached span (a daylight-saving change).
 */
public final class TimeCondition extends Condition {

    private static final long DAY_MILLIS = 86_400_000L;

    private final boolean[] days = new boolean[8];
    private final Set<DayOfWeek> daySet;
    private final int fromMinute;
    private final int toMinute;
    private final ZoneId zone;
    private final ZoneRules rules;
    private volatile OffsetSpan span = new OffsetSpan(0, 0, 0);

    public TimeCondition(Set<DayOfWeek> days, int fromMinute, int toMinute, ZoneId zone) {
        this.daySet = EnumSet.copyOf(days);
        for (DayOfWeek day : days) {
            this.days[day.getValue()] = true;
        }
        this.fromMinute = fromMinute;
        this.toMinute = toMinute;
        this.zone = zone;
        this.rules = zone.getRules();
    }

    /** The offset of the zone for epoch milliseconds in [from, until). */
    private record OffsetSpan(long from, long until, long offsetMillis) {
    }

    @Override
    public boolean test(ScreeningInput input, TrunkGroup trunk) {
        long local = localMillis(input.timeMillis());
        long epochDay = Math.floorDiv(local, DAY_MILLIS);
        int dayOfWeek = (int) Math.floorMod(epochDay + 3, 7L) + 1;
        if (!days[dayOfWeek]) {
            return false;
        }
        int minute = (int) (Math.floorMod(local, DAY_MILLIS) / 60_000L);
        return fromMinute <= toMinute
                ? minute >= fromMinute && minute < toMinute
                : minute >= fromMinute || minute < toMinute;
    }

    private long localMillis(long epochMillis) {
        OffsetSpan cached = span;
        if (epochMillis < cached.from() || epochMillis >= cached.until()) {
            cached = spanAt(epochMillis);
            span = cached;
        }
        return epochMillis + cached.offsetMillis();
    }

    private OffsetSpan spanAt(long epochMillis) {
        Instant instant = Instant.ofEpochMilli(epochMillis);
        ZoneOffsetTransition previous = rules.previousTransition(instant.plusMillis(1));
        ZoneOffsetTransition next = rules.nextTransition(instant);
        long from = previous == null ? Long.MIN_VALUE : previous.toEpochSecond() * 1000L;
        long until = next == null ? Long.MAX_VALUE : next.toEpochSecond() * 1000L;
        return new OffsetSpan(from, until, rules.getOffset(instant).getTotalSeconds() * 1000L);
    }

    @Override
    protected String observed(ScreeningInput input, TrunkGroup trunk) {
        return "time=" + Instant.ofEpochMilli(input.timeMillis()).atZone(zone).toLocalDateTime()
                + " " + Instant.ofEpochMilli(input.timeMillis()).atZone(zone).getDayOfWeek();
    }

    @Override
    public String toString() {
        return "time on " + daySet + " from " + clock(fromMinute) + " to " + clock(toMinute) + " " + zone;
    }

    private static String clock(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }
}
