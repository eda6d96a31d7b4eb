package org.koppel.meeting;

import java.util.List;

/**
 * Sent to a volunteer's lane when they should propose times: after Accept, when the newcomer asks
 * for other times, or when either side wants to move the meeting (why says which).
 */
public record PlanRequest(long meeting, long newcomer, String name, List<String> availability, String mode,
                          String why) {
    public static final String EVENT = "meet.plan";
    public static final String FIRST = "first";
    public static final String OTHER_TIMES = "other_times";
    /** The volunteer moves the meeting themselves. */
    public static final String RESCHEDULE = "reschedule";
    /** The newcomer asked to move it. */
    public static final String RESCHEDULE_ASKED = "reschedule_asked";
}
