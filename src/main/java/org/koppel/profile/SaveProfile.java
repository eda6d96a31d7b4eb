package org.koppel.profile;

import org.koppel.conversation.Effect;

/** Store the confirmed profile (insert or replace). */
public record SaveProfile(NewcomerProfile profile) implements Effect {
}
