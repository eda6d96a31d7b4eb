package org.koppel.vetting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.koppel.config.Region;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Expects;
import org.koppel.conversation.Input;
import org.koppel.conversation.Keys;
import org.koppel.conversation.Say;
import org.koppel.conversation.State;
import org.koppel.conversation.States;
import org.koppel.conversation.Step;
import org.koppel.conversation.Tell;
import org.koppel.questions.Question;
import org.koppel.questions.Summary;

/**
 * A volunteer's profile and where its review stands, as a table:
 * <pre>
 * FIRST_NAME … AVAILABILITY  one row per question (VolunteerQuestions) → the next
 * SUMMARY    buttons  change a field → that question, then back; confirm → PENDING, coordinators asked
 * PENDING    nothing  a coordinator's decision → ACTIVE or REJECTED (the first one counts)
 * ACTIVE     nothing  offered to newcomers; /profile shows the profile
 * REJECTED   nothing
 * PAUSED     nothing  /cancel left a question; /profile or /start goes back to it
 * </pre>
 */
public final class VolunteerConversation implements Conversation<VolunteerData, Void> {
    public static final String KIND = "volunteer";
    static final String SUMMARY = "SUMMARY";
    static final String PENDING = "PENDING";
    static final String ACTIVE = "ACTIVE";
    static final String REJECTED = "REJECTED";
    static final String PAUSED = "PAUSED";
    private final States<VolunteerData, Void> states;

    public VolunteerConversation() {
        List<State<VolunteerData, Void>> rows = new ArrayList<>();
        for (Question<VolunteerData> q : VolunteerQuestions.ORDER) {
            rows.add(State.of(q.state(), q.expects(), (d, v, ctx) -> q.ask(d, ctx), (d, v, in, ctx) -> answer(q, d, in, ctx)));
        }
        rows.add(State.of(SUMMARY, Expects.CHOICE, (d, v, ctx) -> List.of(summary(d, ctx)), VolunteerConversation::summary));
        for (String idle : List.of(PENDING, ACTIVE, REJECTED)) {
            rows.add(State.idle(idle, (d, v, in, ctx) -> decided(d, in, ctx, idle)));
        }
        rows.add(State.idle(PAUSED, VolunteerConversation::paused));
        @SuppressWarnings("unchecked")
        State<VolunteerData, Void>[] table = rows.toArray(new State[0]);
        this.states = States.of(table);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<VolunteerData> dataType() {
        return VolunteerData.class;
    }

    @Override
    public States<VolunteerData, Void> states() {
        return states;
    }

    @Override
    public boolean home() {
        return true;
    }

    @Override
    public Step<VolunteerData> begin(Void view, Input input, Context ctx) {
        if (input instanceof Input.Begin) {
            return ask(VolunteerQuestions.ORDER.get(0).state(), new VolunteerData(), ctx);
        }
        return input instanceof Input.Command ? Step.end(new Say(ctx.texts().t("profile.none"))) : null;
    }

    private static Say summary(VolunteerData d, Context ctx) {
        return Summary.render("vsummary.title", d, ctx, VolunteerQuestions.ORDER);
    }

    private static Step<VolunteerData> ask(String state, VolunteerData d, Context ctx) {
        if (state.equals(SUMMARY)) {
            return Step.of(SUMMARY, d, summary(d, ctx));
        }
        return new Step<>(state, d, Summary.question(VolunteerQuestions.ORDER, state).ask(d, ctx));
    }

    private static Step<VolunteerData> answer(Question<VolunteerData> q, VolunteerData d, Input in, Context ctx) {
        if (!(in instanceof Input.Text || in instanceof Input.Choice)) {
            return aside(q.state(), d, in, ctx);
        }
        Question.Answer<VolunteerData> a = q.answer(d, in, ctx);
        if (a instanceof Question.Stay<VolunteerData> s) {
            return new Step<>(q.state(), s.answers(), s.effects());
        }
        if (a instanceof Question.Rejected<VolunteerData> r) {
            return ask(q.state(), d, ctx).after(r.effects());
        }
        VolunteerData next = ((Question.Accepted<VolunteerData>) a).answers();
        if (q.state().equals(VolunteerQuestions.REGION) && Region.ONLINE.equals(next.region)) {
            next.mode = "video";
        }
        String after = Summary.after(VolunteerQuestions.ORDER, q.state());
        if (next.editing || after == null) {
            next.editing = false;
            return ask(SUMMARY, next, ctx);
        }
        return ask(after, next, ctx);
    }

    /** /cancel pauses the questions where they are; /start and /profile ask the same again. */
    private static Step<VolunteerData> aside(String state, VolunteerData d, Input in, Context ctx) {
        if (in instanceof Input.Cancel) {
            VolunteerData next = d.copy();
            next.pausedAt = state;
            return Step.of(PAUSED, next, new Say(ctx.texts().t("cancel.done")));
        }
        if (in instanceof Input.Restart || in instanceof Input.Command c && c.name().equals("profile")) {
            return ask(state, d, ctx);
        }
        return null;
    }

    private static Step<VolunteerData> summary(VolunteerData d, Void v, Input in, Context ctx) {
        if (in instanceof Input.Choice c && c.action().startsWith(Summary.EDIT)
                && Summary.question(VolunteerQuestions.ORDER, c.action().substring(Summary.EDIT.length())) != null) {
            VolunteerData next = d.copy();
            next.editing = true;
            return ask(c.action().substring(Summary.EDIT.length()), next, ctx);
        }
        if (in instanceof Input.Choice c && c.action().equals(Summary.CONFIRM)) {
            VolunteerData next = d.copy();
            next.complete = true;
            next.submission = 1 + ctx.random().nextLong(Long.MAX_VALUE - 1);
            List<Effect> effects = new ArrayList<>();
            effects.add(new SaveVolunteer(VolunteerProfile.of(next)));
            String key = Keys.of(ReviewConversation.KIND, ctx.personId());
            for (long coordinator : ctx.coordinators()) {
                effects.add(new Tell(coordinator, key, t -> ReviewConversation.request(next, t), null,
                        Set.of(ctx.personId())));
            }
            effects.add(new Say(ctx.texts().t("volunteer.submitted", "name", next.firstName)));
            return new Step<>(PENDING, next, effects);
        }
        return aside(SUMMARY, d, in, ctx);
    }

    /** Pending, approved or rejected: a decision applies only while pending; /profile shows the profile. */
    private static Step<VolunteerData> decided(VolunteerData d, Input in, Context ctx, String state) {
        var t = ctx.texts();
        if (in instanceof Input.Event e && e.event() instanceof Reviewed r) {
            if (r.submission() != 0 && r.submission() != d.submission) {
                // a review of a profile that is no longer there (erased, sent again): it decides nothing
                return Step.of(state, d, new Tell(e.from(), null, o -> new Say(o.t("callback.expired")), null, Set.of()));
            }
            if (!state.equals(PENDING)) {
                // another coordinator was first; this one should know their press changed nothing
                return Step.of(state, d, new Tell(e.from(), null, o -> new Say(o.t("review.already", "name", d.firstName)),
                        null, Set.of(ctx.personId())));
            }
            return Step.of(r.approved() ? ACTIVE : REJECTED, d, new VolunteerReviewed(r.approved(), e.from()),
                    new Say(t.t(r.approved() ? "volunteer.approved" : "volunteer.rejected")));
        }
        if (in instanceof Input.Event e && e.event() instanceof ApprovalWithdrawn w) {
            if (!state.equals(ACTIVE)) {
                return Step.of(state, d);
            }
            VolunteerData next = d.copy();
            next.submission = w.submission();
            return Step.of(PENDING, next, new Say(t.t("volunteer.withdrawn", "reason", t.t("reason." + w.reason()))));
        }
        if (in instanceof Input.Restart || in instanceof Input.Command c && c.name().equals("profile")) {
            return Step.of(state, d, new Say(t.t("vprofile.title") + "\n" + Summary.lines(d, t, VolunteerQuestions.ORDER)
                    + "\n\n" + t.t(idleKey(state))));
        }
        return in instanceof Input.Text ? Step.of(state, d, new Say(t.t(idleKey(state)))) : null;
    }

    private static Step<VolunteerData> paused(VolunteerData d, Void v, Input in, Context ctx) {
        if (in instanceof Input.Restart || in instanceof Input.Command c && c.name().equals("profile")) {
            VolunteerData next = d.copy();
            next.pausedAt = null;
            return ask(d.pausedAt == null ? SUMMARY : d.pausedAt, next, ctx)
                    .after(List.of(new Say(ctx.texts().t("start.welcome_back"))));
        }
        return in instanceof Input.Text ? Step.of(PAUSED, d, new Say(ctx.texts().t("idle.paused"))) : null;
    }

    static String idleKey(String state) {
        return switch (state) {
            case PENDING -> "volunteer.pending";
            case ACTIVE -> "volunteer.active";
            case REJECTED -> "volunteer.rejected_idle";
            default -> "idle.paused";
        };
    }
}
