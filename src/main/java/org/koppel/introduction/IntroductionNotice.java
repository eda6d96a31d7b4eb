package org.koppel.introduction;

/** Tells the newcomer's "introduction:&lt;id&gt;" that the volunteer recorded it. */
public record IntroductionNotice(long introduction) implements org.koppel.conversation.Event {
}
