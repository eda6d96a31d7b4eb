package org.koppel.meeting;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Expects;
import org.koppel.conversation.Input;
import org.koppel.conversation.Keys;
import org.koppel.conversation.State;
import org.koppel.conversation.States;
import org.koppel.conversation.Step;

/**
 * One person's side of one meeting ("meeting:&lt;id&gt;"), read from the meeting before each step:
 * <pre>
 * ASKED      nothing  the volunteer's request: accept, decline, pause; expires unanswered
 * TIMES      buttons  the volunteer ticks up to three times → PLACE (or sends them for a video call)
 * PLACE      typing   the volunteer types a place or chooses a video call → the times are proposed;
 *                     times not sent within the request hours call the meeting off
 * WAITING    nothing  waiting for the other side (the newcomer for times, with a Cancel button;
 *                     the volunteer for a choice)
 * CHOOSING   buttons  the newcomer picks a time, asks for others, or cancels
 * CONFIRMED  nothing  the card; reminders before, then the follow-up takes over
 * </pre>
 * In every state both people's card buttons work and every change of the meeting is told
 * ({@link Updates}): a cancellation ends the conversation with a word to each side.
 */
public final class MeetingConversation implements Conversation<SideData, MeetingView> {
    public static final String KIND = "meeting";
    static final String ASKED = "ASKED";
    static final String TIMES = "TIMES";
    static final String PLACE = "PLACE";
    static final String WAITING = "WAITING";
    static final String CHOOSING = "CHOOSING";
    static final String CONFIRMED = "CONFIRMED";

    private final States<SideData, MeetingView> states;

    /** followUpKind: the conversation that asks both people how it went, which takes over after the meeting. */
    public MeetingConversation(String followUpKind) {
        Updates updates = new Updates(followUpKind);
        Own none = (s, d, v, in, ctx) -> null;
        this.states = States.of(
                State.idle(ASKED, (d, v, in, ctx) -> updates.on(ASKED, d, v, in, ctx, Asked::press)),
                State.of(TIMES, Expects.CHOICE, Planning::askTimes,
                        (d, v, in, ctx) -> updates.on(TIMES, d, v, in, ctx, Planning::times)),
                State.of(PLACE, Expects.TEXT, Planning::askPlace,
                        (d, v, in, ctx) -> updates.on(PLACE, d, v, in, ctx, Planning::place)),
                State.idle(WAITING, (d, v, in, ctx) -> updates.on(WAITING, d, v, in, ctx, none)),
                State.of(CHOOSING, Expects.CHOICE, Choosing::ask,
                        (d, v, in, ctx) -> updates.on(CHOOSING, d, v, in, ctx, Choosing::choose)),
                State.idle(CONFIRMED, (d, v, in, ctx) -> updates.on(CONFIRMED, d, v, in, ctx, none)));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<SideData> dataType() {
        return SideData.class;
    }

    @Override
    public States<SideData, MeetingView> states() {
        return states;
    }

    @Override
    public MeetingView view(Connection c, String key, SideData data, Input input, Context ctx) throws SQLException {
        return MeetingView.read(c, Keys.number(key));
    }

    @Override
    public Set<Long> about(SideData data, MeetingView view, Context ctx) {
        return MeetingView.about(view, ctx.personId());
    }

    /** A volunteer's side begins with the request; the newcomer's once the volunteer accepted. */
    @Override
    public Step<SideData> begin(MeetingView view, Input input, Context ctx) {
        if (view == null || !(input instanceof Input.Event e && e.event() instanceof MeetingEvent m)) {
            return null;
        }
        if (m.change() == Change.REQUESTED && view.volunteerSide(ctx.personId())) {
            return Asked.begin(view, ctx);
        }
        String name = SearchConversation.name(view.otherName(ctx.personId()), ctx.texts());
        boolean again = Meetings.AGAIN.equals(view.meeting().why());
        if (m.change() == Change.ACCEPTED && view.meeting().isNewcomer(ctx.personId())) {
            return Step.of(WAITING, SideData.NONE, Card.waiting(ctx.texts().t(again ? "meet.again_newcomer"
                    : "meet.accepted", "name", name), ctx));
        }
        if (m.change() == Change.ACCEPTED && again && view.volunteerSide(ctx.personId())) {
            return Planning.begin(view, ctx);
        }
        return null;
    }

    /** What a state's own buttons and typing do; null for what {@link Updates} does in every state. */
    @FunctionalInterface
    interface Own {
        Step<SideData> on(String state, SideData d, MeetingView v, Input in, Context ctx);
    }
}
