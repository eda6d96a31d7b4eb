package org.koppel.start;

import org.koppel.conversation.Effect;

/** The person's answer to the consent question for a role, stored with its time. */
public record RecordConsent(boolean given, String role) implements Effect {
}
