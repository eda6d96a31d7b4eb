package org.koppel.vetting;

import java.util.List;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Edit;
import org.koppel.conversation.Input;
import org.koppel.conversation.Keys;
import org.koppel.conversation.Say;
import org.koppel.conversation.Signal;
import org.koppel.conversation.Step;
import org.koppel.conversation.Toast;
import org.koppel.i18n.Texts;
import org.koppel.questions.Summary;

/**
 * A coordinator's Approve or Reject under a volunteer's profile ("review:<volunteer>"). It holds
 * no state of its own: the decision goes to the volunteer's conversation, which applies only the
 * first, and tells a later coordinator that theirs changed nothing.
 */
public final class ReviewConversation implements Conversation<ReviewConversation.Data, Void> {
    public static final String KIND = "review";

    /** Nothing is kept: each press ends where it began. */
    public record Data() {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Data> dataType() {
        return Data.class;
    }

    @Override
    public Step<Data> begin(Void view, Input input, Context ctx) {
        if (!(input instanceof Input.Choice c)) {
            return null;
        }
        String[] a = c.action().split(":");
        boolean approve = a[0].equals("ok");
        Long volunteer = Keys.base36(Keys.id(ctx.key()));
        Long submission = a.length == 2 ? Keys.base36(a[1]) : Long.valueOf(0);
        if (!ctx.coordinator() || volunteer == null || !approve && !a[0].equals("no") || submission == null) {
            return Step.end(new Toast(ctx.texts().t("callback.unknown")));
        }
        return Step.end(new Signal(volunteer, VolunteerConversation.KIND, new Reviewed(approve, submission)),
                new Toast(ctx.texts().t(approve ? "review.approved" : "review.rejected")), Edit.clearButtons());
    }

    /** What a coordinator sees, in the coordinator's language, with Approve and Reject for this very profile. */
    static Say request(VolunteerData d, Texts t) {
        String text = t.t("review.request", "name", d.firstName) + "\n" + summary(d, t);
        String stamp = ":" + Long.toString(d.submission, 36);
        return new Say(text, List.of(List.of(new Button(t.t("button.approve"), "ok" + stamp),
                new Button(t.t("button.reject"), "no" + stamp))));
    }

    /** The volunteer's answers, one per line, in the reader's language. */
    public static String summary(VolunteerData d, Texts t) {
        return Summary.lines(d, t, VolunteerQuestions.ORDER);
    }

    /** Approve and Reject for this very submission, from any other conversation (the coordinators' lists). */
    public static List<Button> buttons(long volunteer, VolunteerData d, Texts t) {
        String key = Keys.of(KIND, volunteer);
        String stamp = ":" + Long.toString(d.submission, 36);
        return List.of(Button.to(key, t.t("button.approve"), "ok" + stamp), Button.to(key, t.t("button.reject"), "no" + stamp));
    }
}
