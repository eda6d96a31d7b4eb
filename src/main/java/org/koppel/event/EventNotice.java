package org.koppel.event;

/**
 * What a guest's "event:&lt;id&gt;" hears of: "update" (text is the organiser's), "cancelled", or
 * "full" when their Going came after the last place was taken; and "created", which opens the
 * organiser's card once the event is stored.
 */
public record EventNotice(long event, String what, String text) implements org.koppel.conversation.Event {
}
