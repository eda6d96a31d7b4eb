package org.koppel.relay;

import java.util.List;

/**
 * The meetings whose other side the person may write to and, once chosen, which of them. Only
 * meeting ids: who is on the other side is read from the meeting each step, so this person's
 * conversation keeps no one else's id.
 */
public record RelayData(List<Long> meetings, int chosen) {
    public RelayData {
        meetings = List.copyOf(meetings);
    }
}
