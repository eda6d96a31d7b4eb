package org.koppel.broadcast;

import java.util.List;

/** The communities offered to choose from (ids) and, once chosen, the broadcast being written. */
public record BroadcastData(List<Long> options, BroadcastDraft draft) {
    public BroadcastData {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
