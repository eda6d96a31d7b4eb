package org.koppel.matching;

import java.util.Objects;

/** Meeting modes and the "online" region, which allows video only whatever mode was chosen. */
final class Modes {
    static final String IN_PERSON = "in_person";
    static final String VIDEO = "video";
    static final String EITHER = "either";
    static final String ONLINE = "online";

    private Modes() {}

    /** The shared constant for a mode, so the hot loop compares by identity before by content. */
    static String canonical(String mode) {
        Objects.requireNonNull(mode, "mode");
        return switch (mode) {
            case IN_PERSON -> IN_PERSON;
            case VIDEO -> VIDEO;
            case EITHER -> EITHER;
            default -> throw new IllegalArgumentException("unknown meeting mode " + mode);
        };
    }

    // Records store canonical modes, so comparing references is exact here.
    static boolean inPerson(String region, String mode) {
        return mode != VIDEO && !ONLINE.equals(region);
    }

    static boolean video(String region, String mode) {
        return mode != IN_PERSON || ONLINE.equals(region);
    }
}
