package org.koppel.followup;

import org.koppel.conversation.Effect;

/**
 * One side's answer to "meet again?"; next is the id a new meeting gets if this answer completes
 * two yeses (drawn in the step, so the writer stays deterministic).
 */
record AgainAnswered(long meeting, String role, boolean yes, long next) implements Effect {
}
