package org.koppel.meeting;

import java.util.List;
import org.koppel.flow.Effect;

/** One side's follow-up answers so far (null where not answered yet); replaces what was stored. */
public record FeedbackGiven(long meeting, String role, String tookPlace, Integer usefulness, List<String> outcomes,
                            String comment) implements Effect {
}
