package org.koppel.followup;

import java.util.List;
import org.koppel.conversation.Context;
import org.koppel.conversation.Edit;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Input;
import org.koppel.conversation.Say;
import org.koppel.conversation.Step;
import org.koppel.meeting.MeetingView;
import org.koppel.meeting.SearchConversation;

/** Each follow-up answer: stored at once, then the next question, the nudge whatever the state. */
final class FollowUpSteps {
    private FollowUpSteps() {
    }

    static Step<Feedback> on(String state, Feedback f, MeetingView v, Input in, Context ctx) {
        if (v == null) {
            return Step.end();
        }
        long meeting = v.meeting().id();
        if (in instanceof Input.Job j && j.name().equals(FollowUpConversation.NUDGE)) {
            Say q = Questions.ask(state, f, v, ctx);
            String name = SearchConversation.name(v.otherName(ctx.personId()), ctx.texts());
            Say nudge = new Say(ctx.texts().t("fu.nudge", "name", name) + "\n\n" + q.text(), q.buttons(), null, q.standing());
            return Step.of(state, f, nudge);
        }
        if (state.equals(FollowUpConversation.COMMENT)) {
            return comment(f, v, in, ctx, meeting);
        }
        if (state.equals(FollowUpConversation.AGAIN)) {
            return again(f, v, in, ctx, meeting);
        }
        String a = in instanceof Input.Choice c ? c.action() : "";
        if (state.equals(FollowUpConversation.HELD) && List.of("h:yes", "h:no", "h:no_show").contains(a)) {
            Feedback next = f.held(a.substring(2));
            List<Effect> stored = new java.util.ArrayList<>(FollowUpConversation.stored(meeting, next, null,
                    Edit.clearButtons(), FollowUpConversation.held(v, ctx, next.tookPlace())));
            stored.addAll(Alerts.coordinators(v, next.tookPlace(), ctx));
            if (!next.tookPlace().equals("yes")) {
                return FollowUpConversation.finish(next, v, ctx, stored);
            }
            return new Step<>(FollowUpConversation.USEFUL, next, stored).then(
                    List.of(Questions.ask(FollowUpConversation.USEFUL, next, v, ctx)));
        }
        if (state.equals(FollowUpConversation.USEFUL) && a.matches("u:[1-5]")) {
            Feedback next = f.useful(Integer.parseInt(a.substring(2)));
            return new Step<>(FollowUpConversation.OUTCOMES, next, FollowUpConversation.stored(meeting, next, null,
                    Edit.clearButtons(), Questions.ask(FollowUpConversation.OUTCOMES, next, v, ctx)));
        }
        if (state.equals(FollowUpConversation.OUTCOMES) && a.startsWith("o:") && Questions.OUTCOMES.contains(a.substring(2))) {
            Feedback next = f.toggled(a.substring(2));
            return Step.of(state, next, new Edit(null, Questions.outcomeButtons(next, ctx.texts()), true));
        }
        if (state.equals(FollowUpConversation.OUTCOMES) && a.equals("od")) {
            return new Step<>(FollowUpConversation.COMMENT, f, FollowUpConversation.stored(meeting, f, null,
                    Edit.clearButtons(), Questions.ask(FollowUpConversation.COMMENT, f, v, ctx)));
        }
        return null;
    }

    /** The optional comment, typed as a message; Skip or /cancel leaves it out. */
    private static Step<Feedback> comment(Feedback f, MeetingView v, Input in, Context ctx, long meeting) {
        if (in instanceof Input.Text text) {
            int max = ctx.config().settings().maxTextLength();
            if (text.text().isBlank()) {
                return null;
            }
            if (text.text().length() > max) {
                return Step.of(FollowUpConversation.COMMENT, f, new Say(ctx.texts().t("input.too_long", "max", max)));
            }
            return askAgain(f, v, ctx, FollowUpConversation.stored(meeting, f, text.text().strip()));
        }
        if (in instanceof Input.Choice c && c.action().equals("skip")) {
            return askAgain(f, v, ctx, List.of(Edit.clearButtons()));
        }
        if (in instanceof Input.Cancel) {
            return askAgain(f, v, ctx, List.of());
        }
        return null;
    }

    /** After a meeting that took place: would they meet again? Otherwise the follow-up ends here. */
    private static Step<Feedback> askAgain(Feedback f, MeetingView v, Context ctx, List<Effect> before) {
        if (!"yes".equals(f.tookPlace())) {
            return FollowUpConversation.finish(f, v, ctx, before);
        }
        return new Step<>(FollowUpConversation.AGAIN, f, before).then(
                List.of(Questions.ask(FollowUpConversation.AGAIN, f, v, ctx)));
    }

    /** Yes is stored and, with the other side's yes, starts the next meeting; no ends quietly: nobody is told. */
    private static Step<Feedback> again(Feedback f, MeetingView v, Input in, Context ctx, long meeting) {
        String a = in instanceof Input.Choice c ? c.action() : "";
        if (!a.equals("a:yes") && !a.equals("a:no")) {
            return null;
        }
        boolean yes = a.equals("a:yes");
        long next = 1 + (ctx.random().nextLong() >>> 24);
        List<Effect> effects = new java.util.ArrayList<>(List.of(Edit.clearButtons(),
                new AgainAnswered(meeting, f.role(), yes, next)));
        if (yes) {
            String name = SearchConversation.name(v.otherName(ctx.personId()), ctx.texts());
            effects.add(new Say(ctx.texts().t("fu.again_noted", "name", name)));
        }
        return FollowUpConversation.finish(f, v, ctx, effects);
    }
}
