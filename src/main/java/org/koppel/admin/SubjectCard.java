package org.koppel.admin;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Say;
import org.koppel.i18n.Texts;
import org.koppel.meeting.When;
import org.koppel.profile.ProfileQuestions;
import org.koppel.questions.Summary;
import org.koppel.vetting.ReviewConversation;

/** The card a coordinator sees for one person, in the coordinator's language, with what they can do. */
final class SubjectCard {
    private SubjectCard() {
    }

    static Say say(SubjectView v, Context ctx) {
        Texts t = ctx.texts();
        StringBuilder b = new StringBuilder();
        String role = t.t(v.newcomer() != null ? "admin.role_newcomer" : "admin.role_volunteer");
        b.append(t.t("admin.subject_title", "name", v.name(), "role", role));
        if (v.status() != null) {
            b.append('\n').append(t.t("admin.status_" + v.status()));
        }
        if (v.suspended()) {
            b.append('\n').append(t.t("admin.status_suspended"));
        }
        b.append("\n\n").append((v.newcomer() != null ? Summary.lines(v.newcomer(), t, ProfileQuestions.ORDER)
                : ReviewConversation.summary(v.volunteer(), t)).strip());
        b.append("\n\n").append(v.meetings().isEmpty() ? t.t("admin.meetings_none") : t.t("admin.meetings_title"));
        for (SubjectView.MeetingLine m : v.meetings()) {
            String when = m.startsAt() == null ? "" : " · " + When.brief(LocalDateTime.parse(m.startsAt()), t.language());
            String other = m.other() == null ? t.t("admin.someone_erased") : m.other();
            b.append('\n').append(t.t("admin.meeting_line", "status", t.t("admin.meeting_" + m.status()),
                    "name", other, "when", when));
        }
        return new Say(b.toString(), buttons(v, t)).lasting();
    }

    private static List<List<Button>> buttons(SubjectView v, Texts t) {
        List<List<Button>> rows = new ArrayList<>();
        if ("pending".equals(v.status()) && v.volunteer() != null) {
            rows.add(ReviewConversation.buttons(v.id(), v.volunteer(), t));
        }
        if ("approved".equals(v.status())) {
            rows.add(List.of(new Button(t.t("admin.button_unapprove"), "unapp")));
        }
        rows.add(List.of(v.suspended() ? new Button(t.t("admin.button_unsuspend"), "resume")
                : new Button(t.t("admin.button_suspend"), "susp")));
        return rows;
    }
}
