package org.koppel.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which times a volunteer is offered to propose. */
final class SlotsTest {
    private static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");
    private static final Map<String, LocalTime> START = Map.of("weekday_morning", LocalTime.of(10, 0),
            "weekday_afternoon", LocalTime.of(14, 0), "weekday_evening", LocalTime.of(19, 0),
            "weekend", LocalTime.of(11, 0));
    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.parse("2026-11-23");

    private static List<LocalDateTime> offer(LocalDate today, List<String> volunteer, List<String> newcomer) {
        return Slots.offer(today, 14, volunteer, newcomer, START::get, AMS);
    }

    @Test
    void onlyPartsBothCanMeetInFromTomorrowForTwoWeeks() {
        List<LocalDateTime> s = offer(MONDAY, List.of("weekday_evening", "weekend"), List.of("weekend", "weekday_morning"));
        assertEquals(4, s.size(), s.toString());
        assertEquals(LocalDateTime.parse("2026-11-28T11:00"), s.get(0));
        assertEquals(LocalDateTime.parse("2026-12-06T11:00"), s.get(3));
    }

    @Test
    void withoutOverlapTheVolunteersOwnPartsAreOffered() {
        List<LocalDateTime> s = offer(MONDAY, List.of("weekday_evening"), List.of("weekday_morning"));
        assertEquals(10, s.size());
        assertEquals(LocalDateTime.parse("2026-11-24T19:00"), s.get(0));
    }

    @Test
    void inOrderWithinADayAndNeverTheFirstDay() {
        List<LocalDateTime> s = offer(MONDAY, List.of("weekday_evening", "weekday_morning"),
                List.of("weekday_morning", "weekday_evening"));
        assertEquals(List.of(LocalDateTime.parse("2026-11-24T10:00"), LocalDateTime.parse("2026-11-24T19:00")),
                s.subList(0, 2));
        assertFalse(s.stream().anyMatch(t -> t.toLocalDate().equals(MONDAY)));
    }

    @Test
    void aTimeTheClocksSkipIsNotOffered() {
        // 29 March 2026: clocks go from 02:00 to 03:00 in Amsterdam
        List<LocalDateTime> s = Slots.offer(LocalDate.parse("2026-03-28"), 1, List.of("weekend"), List.of("weekend"),
                part -> LocalTime.of(2, 30), AMS);
        assertEquals(List.of(), s);
    }
}
