package org.koppel.followup;

import java.util.ArrayList;
import java.util.List;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Say;
import org.koppel.i18n.Texts;
import org.koppel.meeting.MeetingView;
import org.koppel.meeting.SearchConversation;

/** The follow-up's questions as messages, in the reader's language. */
final class Questions {
    static final List<String> OUTCOMES = List.of("interview", "offer", "placement", "training", "introductions", "cv",
            "another_meeting", "nothing");

    private Questions() {
    }

    /** The question a state asks; all but the comment keep their buttons while the person does other things. */
    static Say ask(String state, Feedback f, MeetingView v, Context ctx) {
        Texts t = ctx.texts();
        String other = SearchConversation.name(v == null ? null : v.otherName(ctx.personId()), t);
        return switch (state) {
            case FollowUpConversation.HELD -> new Say(t.t("fu.held", "name", other), List.of(
                    List.of(new Button(t.t("fu.held_yes"), "h:yes")),
                    List.of(new Button(t.t("fu.held_no_show", "name", other), "h:no_show")),
                    List.of(new Button(t.t("fu.held_no"), "h:no")))).lasting();
            case FollowUpConversation.USEFUL -> {
                List<Button> row = new ArrayList<>();
                for (int i = 1; i <= 5; i++) {
                    row.add(new Button(Integer.toString(i), "u:" + i));
                }
                yield new Say(t.t("fu.useful", "name", other), List.of(List.copyOf(row))).lasting();
            }
            case FollowUpConversation.OUTCOMES -> new Say(t.t("fu.outcomes"), outcomeButtons(f, t)).lasting();
            case FollowUpConversation.AGAIN -> new Say(t.t("fu.again", "name", other), List.of(
                    List.of(new Button(t.t("fu.again_yes"), "a:yes"), new Button(t.t("fu.again_no"), "a:no"))))
                    .lasting();
            default -> new Say(t.t("fu.comment"), List.of(List.of(new Button(t.t("button.skip"), "skip"))));
        };
    }

    static List<List<Button>> outcomeButtons(Feedback f, Texts t) {
        List<List<Button>> rows = new ArrayList<>();
        for (String o : OUTCOMES) {
            rows.add(List.of(new Button((f.outcomes().contains(o) ? "✓ " : "") + t.t("outcome." + o), "o:" + o)));
        }
        rows.add(List.of(new Button(t.t("button.done"), "od")));
        return rows;
    }
}
