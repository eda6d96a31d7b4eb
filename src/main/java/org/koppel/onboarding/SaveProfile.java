package org.koppel.onboarding;

import org.koppel.flow.Effect;

/** Store the confirmed profile (insert or replace). */
public record SaveProfile(NewcomerProfile profile) implements Effect {
}
