package org.koppel.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.time.LocalTime;

/**
 * The concrete times a volunteer can propose: from tomorrow on, for the given number of days, one
 * start per part of the week both people can meet in. When their parts do not overlap the
 * volunteer's own parts are offered, since the volunteer is the one who has to be there.
 */
public final class Slots {
    public static final List<String> PARTS = List.of("weekday_morning", "weekday_afternoon", "weekday_evening",
            "weekend");

    private Slots() {
    }

    public static List<LocalDateTime> offer(LocalDate today, int days, Collection<String> volunteer,
                                            Collection<String> newcomer, Function<String, LocalTime> startOf,
                                            ZoneId zone) {
        Set<String> parts = new LinkedHashSet<>(PARTS);
        Set<String> both = new LinkedHashSet<>(volunteer);
        both.retainAll(newcomer);
        if (!both.isEmpty()) {
            parts.retainAll(both);
        } else if (!volunteer.isEmpty()) {
            parts.retainAll(volunteer);
        }
        List<LocalDateTime> out = new ArrayList<>();
        for (int i = 1; i <= days; i++) {
            LocalDate day = today.plusDays(i);
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            List<LocalDateTime> times = new ArrayList<>();
            for (String part : parts) {
                if (part.equals("weekend") == weekend) {
                    LocalDateTime at = day.atTime(startOf.apply(part));
                    // a time the clocks skip (DST) does not exist there; offering it would confuse everyone
                    if (!zone.getRules().getValidOffsets(at).isEmpty()) {
                        times.add(at);
                    }
                }
            }
            times.sort(null);
            out.addAll(times);
        }
        return out;
    }
}
