package org.koppel.meeting;

import org.koppel.conversation.Effect;

/** The volunteer wants no more requests for now (until /resume). */
public record PauseRequests() implements Effect {
}
