package org.koppel.relay;

import java.util.List;

/** Whom the person may write to (meeting and person ids only) and, once chosen, which of them. */
public record RelayData(List<Long> meetings, List<Long> people, int chosen) {
    public RelayData {
        meetings = List.copyOf(meetings);
        people = List.copyOf(people);
    }
}
