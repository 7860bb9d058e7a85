package org.callwall.screening.match;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.EnumSet;
import java.util.Set;
import org.callwall.screening.ScreeningInput;
import org.callwall.screening.TrunkGroup;

/**
 * {@code time: {days: [mon, fri], from: "22:00", to: "06:00"}}: the call's local time falls on one of the
 * days and within [from, to); a window whose end is before its start wraps over midnight.
 *
 * <p>Zones with a fixed offset are computed with arithmetic only; zones with daylight saving ask the
 * zone rules per call.
 */
public final class TimeCondition extends Condition {

    private static final long DAY_MILLIS = 86_400_000L;

    private final boolean[] days = new boolean[8];
    private final Set<DayOfWeek> daySet;
    private final int fromMinute;
    private final int toMinute;
    private final ZoneId zone;
    private final ZoneRules rules;
    private final boolean fixed;
    private final long fixedOffsetMillis;

    public TimeCondition(Set<DayOfWeek> days, int fromMinute, int toMinute, ZoneId zone) {
        this.daySet = EnumSet.copyOf(days);
        for (DayOfWeek day : days) {
            this.days[day.getValue()] = true;
        }
        this.fromMinute = fromMinute;
        this.toMinute = toMinute;
        this.zone = zone;
        this.rules = zone.getRules();
        this.fixed = rules.isFixedOffset();
        this.fixedOffsetMillis = fixed ? rules.getOffset(Instant.EPOCH).getTotalSeconds() * 1000L : 0;
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
        long offset = fixed ? fixedOffsetMillis
                : rules.getOffset(Instant.ofEpochMilli(epochMillis)).getTotalSeconds() * 1000L;
        return epochMillis + offset;
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
