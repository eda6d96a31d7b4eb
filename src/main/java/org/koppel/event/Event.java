package org.koppel.event;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * One event as stored. startsAt is local time in zone; place null means a video call; capacity
 * null means no limit; organiser null once they erased themselves.
 */
public record Event(long id, Long organiser, String name, String kind, String startsAt, String zone, String place,
                    Integer capacity, List<String> languages, String status, String token, int version) {
    static final List<String> KINDS = List.of("salon", "meet_greet", "info");

    public Event {
        languages = List.copyOf(languages);
    }

    public LocalDateTime start() {
        return LocalDateTime.parse(startsAt);
    }

    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    public boolean cancelled() {
        return "cancelled".equals(status);
    }

    public boolean video() {
        return place == null;
    }
}
