package org.koppel.salon;

/**
 * What one side of "appointment:&lt;id&gt;" hears of the other: "requested" (to the contact),
 * "proposed", "declined", "confirmed" (to both), "other_times", "cancelled".
 */
public record AppointmentNotice(long appointment, String what) implements org.koppel.conversation.Event {
}
