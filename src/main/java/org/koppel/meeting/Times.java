package org.koppel.meeting;

import java.util.List;

/** The times (local, ISO) and place a volunteer proposes; place null means a video call. */
public record Times(long meeting, List<String> slots, String place) {
    public static final String EVENT = "meet.times";
}
