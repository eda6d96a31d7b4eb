package org.koppel.followup;

import java.util.List;
import org.koppel.conversation.Effect;

/** One side's follow-up answers so far (null where not answered yet); replaces what was stored for that side. */
public record FeedbackGiven(long meeting, String role, String tookPlace, Integer usefulness, List<String> outcomes,
                            String comment) implements Effect {
}
