package org.koppel.profile;

import java.util.ArrayList;
import java.util.List;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Expects;
import org.koppel.conversation.Input;
import org.koppel.conversation.Say;
import org.koppel.conversation.State;
import org.koppel.conversation.States;
import org.koppel.conversation.Step;
import org.koppel.questions.Question;
import org.koppel.questions.Summary;

/**
 * The newcomer's profile, as a table:
 * <pre>
 * FIRST_NAME … MODE  one row per question (ProfileQuestions), each answer kept → the next
 * SUMMARY            buttons  change a field → that question, then back here; confirm → DONE
 * DONE               nothing  /profile → SUMMARY; the profile is saved and matching can use it
 * PAUSED             nothing  /cancel left a question; /profile or /start goes back to it
 * </pre>
 */
public final class ProfileConversation implements Conversation<ProfileData, Void> {
    public static final String KIND = "profile";
    public static final String SUMMARY = "SUMMARY";
    public static final String DONE = "DONE";
    public static final String PAUSED = "PAUSED";

    private final String meetKey;
    private final States<ProfileData, Void> states;

    /** meetKey: the conversation the "find me a coffee meeting" button under the saved profile starts. */
    public ProfileConversation(String meetKey) {
        this.meetKey = meetKey;
        List<State<ProfileData, Void>> rows = new ArrayList<>();
        for (Question<ProfileData> q : ProfileQuestions.ORDER) {
            rows.add(State.of(q.state(), q.expects(), (d, v, ctx) -> q.ask(d, ctx), (d, v, in, ctx) -> ProfileSteps.answer(q, d, in, ctx)));
        }
        rows.add(State.of(SUMMARY, Expects.CHOICE, (d, v, ctx) -> List.of(summary(d, ctx)), this::summary));
        rows.add(State.idle(DONE, ProfileConversation::done));
        rows.add(State.idle(PAUSED, ProfileConversation::paused));
        @SuppressWarnings("unchecked")
        State<ProfileData, Void>[] table = rows.toArray(new State[0]);
        this.states = States.of(table);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<ProfileData> dataType() {
        return ProfileData.class;
    }

    @Override
    public States<ProfileData, Void> states() {
        return states;
    }

    @Override
    public boolean home() {
        return true;
    }

    @Override
    public Step<ProfileData> begin(Void view, Input input, Context ctx) {
        if (input instanceof Input.Begin) {
            return ProfileSteps.ask(ProfileQuestions.FIRST_NAME, new ProfileData(), ctx);
        }
        if (input instanceof Input.Command) {
            return Step.end(new Say(ctx.texts().t("profile.none")));
        }
        return null;
    }

    static Say summary(ProfileData d, Context ctx) {
        return Summary.render(d.complete ? "profile.title" : "summary.title", d, ctx, ProfileQuestions.ORDER);
    }

    private Step<ProfileData> summary(ProfileData d, Void v, Input in, Context ctx) {
        if (in instanceof Input.Choice c && c.action().startsWith(Summary.EDIT)) {
            String field = c.action().substring(Summary.EDIT.length());
            if (Summary.question(ProfileQuestions.ORDER, field) != null) {
                ProfileData next = d.copy();
                next.editing = true;
                next.sectorsBefore = field.equals(ProfileQuestions.SECTORS) ? List.copyOf(d.sectors) : null;
                return ProfileSteps.ask(field, next, ctx);
            }
        }
        if (in instanceof Input.Choice c && c.action().equals(Summary.CONFIRM)) {
            ProfileData next = d.copy();
            next.complete = true;
            next.editing = false;
            var t = ctx.texts();
            return Step.of(DONE, next, new SaveProfile(NewcomerProfile.of(next)), new Say(t.t("profile.saved",
                    "name", next.firstName), List.of(List.of(Button.to(meetKey, t.t("meet.button"), "go")))));
        }
        return ProfileSteps.aside(SUMMARY, d, in, ctx);
    }

    private static Step<ProfileData> done(ProfileData d, Void v, Input in, Context ctx) {
        if (in instanceof Input.Command c && c.name().equals(KIND)) {
            return Step.of(SUMMARY, d, Summary.render("profile.title", d, ctx, ProfileQuestions.ORDER));
        }
        if (in instanceof Input.Restart) {
            return Step.of(DONE, d, new Say(ctx.texts().t("start.welcome_back_done", "name", d.firstName)));
        }
        return null;
    }

    private static Step<ProfileData> paused(ProfileData d, Void v, Input in, Context ctx) {
        if (in instanceof Input.Restart || in instanceof Input.Command c && c.name().equals(KIND)) {
            ProfileData next = d.copy();
            next.pausedAt = null;
            String back = d.pausedAt == null ? SUMMARY : d.pausedAt;
            List<Effect> effects = new ArrayList<>(List.of(new Say(ctx.texts().t("start.welcome_back"))));
            effects.addAll(back.equals(SUMMARY) ? List.of(summary(next, ctx))
                    : Summary.question(ProfileQuestions.ORDER, back).ask(next, ctx));
            return new Step<>(back, next, effects);
        }
        return in instanceof Input.Text ? Step.of(PAUSED, d, new Say(ctx.texts().t("idle.paused"))) : null;
    }
}
