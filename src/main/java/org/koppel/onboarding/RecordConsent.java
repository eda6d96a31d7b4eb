package org.koppel.onboarding;

import org.koppel.flow.Effect;

/** The person's answer to the consent question. */
public record RecordConsent(boolean given) implements Effect {
}
