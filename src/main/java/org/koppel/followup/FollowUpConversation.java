package org.koppel.followup;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Expects;
import org.koppel.conversation.Input;
import org.koppel.conversation.Keys;
import org.koppel.conversation.Say;
import org.koppel.conversation.Schedule;
import org.koppel.conversation.State;
import org.koppel.conversation.States;
import org.koppel.conversation.Step;
import org.koppel.introduction.IntroduceConversation;
import org.koppel.meeting.Meeting;
import org.koppel.meeting.MeetingChange;
import org.koppel.meeting.MeetingCommand;
import org.koppel.meeting.MeetingView;
import org.koppel.meeting.SearchConversation;

/**
 * One side's follow-up of one meeting ("followup:&lt;id&gt;"), begun by the meeting after its end.
 * The questions wait with standing buttons, so they never take typing meant for something else,
 * until the comment, which asks for typing:
 * <pre>
 * HELD      nothing  took place → USEFUL; did not, or the other did not come → thanks, ends
 * USEFUL    nothing  1-5 → OUTCOMES
 * OUTCOMES  nothing  tick what came of it, Done → COMMENT
 * COMMENT   typing   a comment or Skip → AGAIN
 * AGAIN     nothing  meet again, yes or no → thanks (the newcomer may look for the next meeting), ends;
 *                    when both said yes, a new meeting between them begins with the volunteer's times
 * </pre>
 * Every answer is stored at once; one nudge a day later if unfinished.
 */
public final class FollowUpConversation implements Conversation<Feedback, MeetingView> {
    public static final String KIND = "followup";
    static final String HELD = "HELD";
    static final String USEFUL = "USEFUL";
    static final String OUTCOMES = "OUTCOMES";
    static final String COMMENT = "COMMENT";
    static final String AGAIN = "AGAIN";
    static final String NUDGE = "nudge";

    private static final States<Feedback, MeetingView> STATES = States.of(
            State.idle(HELD, (f, v, in, ctx) -> FollowUpSteps.on(HELD, f, v, in, ctx)),
            State.idle(USEFUL, (f, v, in, ctx) -> FollowUpSteps.on(USEFUL, f, v, in, ctx)),
            State.idle(OUTCOMES, (f, v, in, ctx) -> FollowUpSteps.on(OUTCOMES, f, v, in, ctx)),
            State.of(COMMENT, Expects.TEXT, (f, v, ctx) -> List.of(Questions.ask(COMMENT, f, v, ctx)),
                    (f, v, in, ctx) -> FollowUpSteps.on(COMMENT, f, v, in, ctx)),
            State.idle(AGAIN, (f, v, in, ctx) -> FollowUpSteps.on(AGAIN, f, v, in, ctx)));

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Feedback> dataType() {
        return Feedback.class;
    }

    @Override
    public States<Feedback, MeetingView> states() {
        return STATES;
    }

    @Override
    public MeetingView view(Connection c, String key, Feedback data, Input input, Context ctx) throws SQLException {
        return MeetingView.read(c, Keys.number(key));
    }

    @Override
    public Set<Long> about(Feedback data, MeetingView view, Context ctx) {
        return MeetingView.about(view, ctx.personId());
    }

    @Override
    public Step<Feedback> begin(MeetingView view, Input input, Context ctx) {
        if (!(input instanceof Input.Begin) || view == null || view.meeting().startTime() == null) {
            return null;
        }
        Meeting m = view.meeting();
        boolean newcomer = m.isNewcomer(ctx.personId());
        Feedback f = new Feedback(newcomer ? "newcomer" : "volunteer", null, null, List.of());
        List<Effect> effects = new ArrayList<>(List.of(Questions.ask(HELD, f, view, ctx),
                Schedule.here(NUDGE, "", ctx.now().plus(Duration.ofDays(1)))));
        if (newcomer) {
            Instant checkIn = m.startTime().atZone(m.zoneId()).plusWeeks(ctx.config().settings().checkInWeeks()).toInstant();
            effects.add(new Schedule(Keys.of(CheckInConversation.KIND, m.id()), CheckInConversation.ASK, "", checkIn));
        }
        return new Step<>(HELD, f, effects);
    }

    /** The end of a follow-up: thanks, and for the newcomer the way to the next meeting. */
    static Step<Feedback> finish(Feedback f, MeetingView v, Context ctx, List<Effect> before) {
        var t = ctx.texts();
        String other = SearchConversation.name(v.otherName(ctx.personId()), t);
        List<Effect> effects = new ArrayList<>(before);
        effects.add(new Say(t.t("yes".equals(f.tookPlace()) ? "fu.thanks" : "fu.thanks_no", "name", other)));
        if (f.role().equals("newcomer")) {
            effects.add(new Say(t.t("fu.next"), List.of(List.of(Button.to(SearchConversation.KIND, t.t("meet.button"), "go")))));
        } else if ("yes".equals(f.tookPlace()) && v.meeting().newcomer() != null) {
            // the volunteer's network is what opens doors: asked here, while the meeting is fresh
            effects.add(new Say(t.t("intro.offer", "name", other), List.of(List.of(Button.to(IntroduceConversation.KIND,
                    t.t("button.intro_record"), "m:" + Long.toString(v.meeting().id(), 36))))).lasting());
        }
        return Step.end(effects);
    }

    static List<Effect> stored(long meeting, Feedback f, String comment, Effect... more) {
        List<Effect> out = new ArrayList<>(List.of(new FeedbackGiven(meeting, f.role(), f.tookPlace(), f.usefulness(),
                f.usefulness() == null ? null : f.outcomes(), comment)));
        out.addAll(List.of(more));
        return out;
    }

    /** The first answer of either side settles whether the meeting took place. */
    static MeetingChange held(MeetingView v, Context ctx, String took) {
        return new MeetingChange(v.meeting().id(), new MeetingCommand.Held(ctx.personId(), took), null);
    }
}
