package org.koppel.relay;

/** The other side of one of a person's meetings: whom /message can write to, and their first name now. */
public record Partner(long meeting, long person, String name) {
}
