package org.koppel.onboarding;

/** The other side of one of a person's meetings: whom /message writes to. */
public record Partner(long meeting, long person, String name) {
}
