package org.koppel.flow;

import java.time.Instant;

/** Answers a flow's {@link Ask} from stored data, read-only. */
public interface Lookup {
    Input.Event answer(String what, long personId, Instant now);
}
