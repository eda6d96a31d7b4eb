package org.koppel.vetting;

import org.koppel.conversation.Event;

/**
 * A coordinator took back a volunteer's approval, for a reason from a fixed list (told in their
 * language). The profile waits for a review again under a new submission stamp, so the Approve
 * buttons of its first review decide nothing any more.
 */
public record ApprovalWithdrawn(String reason, long submission) implements Event {
}
