package org.koppel.profile;

import java.util.List;
import org.koppel.config.Region;
import org.koppel.conversation.Context;
import org.koppel.conversation.Input;
import org.koppel.conversation.Say;
import org.koppel.conversation.Step;
import org.koppel.questions.Option;
import org.koppel.questions.Options;
import org.koppel.questions.Question;
import org.koppel.questions.Summary;

/** Answering the profile's questions, and what every question state does with /cancel, /start and /profile. */
final class ProfileSteps {
    private ProfileSteps() {
    }

    /** Asks the question of a state (or shows the summary). */
    static Step<ProfileData> ask(String state, ProfileData d, Context ctx) {
        if (state.equals(ProfileConversation.SUMMARY)) {
            return Step.of(state, d, ProfileConversation.summary(d, ctx));
        }
        return new Step<>(state, d, Summary.question(ProfileQuestions.ORDER, state).ask(d, ctx));
    }

    static Step<ProfileData> answer(Question<ProfileData> q, ProfileData d, Input in, Context ctx) {
        if (!(in instanceof Input.Text || in instanceof Input.Choice)) {
            return aside(q.state(), d, in, ctx);
        }
        Question.Answer<ProfileData> a = q.answer(d, in, ctx);
        if (a instanceof Question.Stay<ProfileData> s) {
            return new Step<>(q.state(), s.answers(), s.effects());
        }
        if (a instanceof Question.Rejected<ProfileData> r) {
            return ask(q.state(), d, ctx).after(r.effects());
        }
        ProfileData next = ((Question.Accepted<ProfileData>) a).answers();
        return ask(nextState(q.state(), next, ctx), next, ctx);
    }

    /** /cancel pauses the profile where it is; /start and /profile ask the same question again. */
    static Step<ProfileData> aside(String state, ProfileData d, Input in, Context ctx) {
        var t = ctx.texts();
        if (in instanceof Input.Cancel) {
            ProfileData next = d.copy();
            next.pausedAt = state;
            return Step.of(ProfileConversation.PAUSED, next, new Say(t.t("cancel.done")));
        }
        if (in instanceof Input.Restart) {
            return ask(state, d, ctx).after(List.of(new Say(t.t("start.welcome_back"))));
        }
        if (in instanceof Input.Command c && c.name().equals(ProfileConversation.KIND)) {
            return state.equals(ProfileConversation.SUMMARY) || d.complete ? ask(state, d, ctx)
                    : ask(state, d, ctx).after(List.of(new Say(t.t("profile.continue"))));
        }
        return null;
    }

    /** Where an accepted answer leads: on through the questions, or back to the summary when changing one. */
    private static String nextState(String state, ProfileData next, Context ctx) {
        if (state.equals(ProfileQuestions.REGION) && Region.ONLINE.equals(next.region)) {
            next.mode = "video";
        }
        if (state.equals(ProfileQuestions.SECTORS)) {
            // skills of a sector no longer chosen would describe someone else's work
            next.skills.retainAll(Options.skills(next.sectors, ctx).stream().map(Option::code).toList());
        }
        if (next.editing) {
            if (state.equals(ProfileQuestions.SECTORS)) {
                boolean changed = !next.sectors.equals(next.sectorsBefore);
                next.sectorsBefore = null;
                if (changed) {
                    return ProfileQuestions.SKILLS;
                }
            }
            next.editing = false;
            return ProfileConversation.SUMMARY;
        }
        String after = Summary.after(ProfileQuestions.ORDER, state);
        return after == null ? ProfileConversation.SUMMARY : after;
    }
}
