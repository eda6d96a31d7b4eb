package org.koppel.vetting;

import org.koppel.conversation.Effect;

/** The volunteer wants no meeting requests for now (paused), or again (until then they are skipped). */
public record PauseRequests(boolean paused) implements Effect {
}
