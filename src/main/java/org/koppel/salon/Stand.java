package org.koppel.salon;

import java.util.List;

/** An organisation at an event; contact null until someone opened its contact link (or after they erased themselves). */
public record Stand(long id, long event, String name, String kind, Long contact, String token, String claim) {
    static final List<String> KINDS = List.of("employer", "training", "support");

    boolean contactIs(long person) {
        return contact != null && contact == person;
    }
}
