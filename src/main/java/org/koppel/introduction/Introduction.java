package org.koppel.introduction;

import java.util.List;

/** One introduction as stored; volunteer and newcomer null once erased, organisation null when none was given. */
public record Introduction(long id, long meeting, Long volunteer, Long newcomer, String kind, String organisation,
                           String status, String talked, String result) {
    static final List<String> KINDS = List.of("colleague", "employer", "training", "other");
    static final List<String> TALKED = List.of("yes", "not_yet", "no");
    static final List<String> RESULTS = List.of("work", "placement", "study", "other", "nothing");

    boolean isNewcomer(long person) {
        return newcomer != null && newcomer == person;
    }

    boolean confirmed() {
        return "confirmed".equals(status);
    }
}
