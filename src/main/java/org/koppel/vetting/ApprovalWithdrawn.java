package org.koppel.vetting;

import org.koppel.conversation.Event;

/** A coordinator took back a volunteer's approval, for a reason from a fixed list (told in their language). */
public record ApprovalWithdrawn(String reason) implements Event {
}
