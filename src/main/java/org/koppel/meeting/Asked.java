package org.koppel.meeting;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Edit;
import org.koppel.conversation.Input;
import org.koppel.conversation.Say;
import org.koppel.conversation.Schedule;
import org.koppel.conversation.Step;
import org.koppel.conversation.Toast;
import org.koppel.core.Json;
import org.koppel.i18n.Texts;
import org.koppel.matching.Reason;
import org.koppel.profile.ProfileQuestions;
import org.koppel.questions.Summary;
import org.koppel.vetting.PauseRequests;

/**
 * The volunteer's request: the newcomer's short profile and why this volunteer, with Accept, Not
 * this time and Pause requests; unanswered it expires after the configured hours.
 */
final class Asked {
    static final String EXPIRE = "expire";

    private Asked() {
    }

    static Step<SideData> begin(MeetingView v, Context ctx) {
        Duration expiry = Duration.ofHours(ctx.config().settings().requestExpiryHours());
        Instant due = Instant.ofEpochMilli(v.meeting().requestedAt()).plus(expiry);
        return Step.of(MeetingConversation.ASKED, SideData.NONE, request(v, ctx), Schedule.here(EXPIRE, "", due));
    }

    /** The request in the volunteer's language: who, the short profile (never surname, username or phone), why them. */
    static Say request(MeetingView v, Context ctx) {
        Texts t = ctx.texts();
        String name = SearchConversation.name(v.newcomer() == null ? null : v.newcomer().firstName, t);
        StringBuilder text = new StringBuilder(t.t("meet.request", "name", name));
        if (v.newcomer() != null) {
            String language = v.newcomerLanguage() == null ? null : ctx.config().settings().language(v.newcomerLanguage())
                    .map(l -> l.name()).orElse(null);
            text.append('\n').append(Summary.linesFor(v.newcomer(), t, ProfileQuestions.SHORT, language));
        }
        List<Reason> reasons = Json.read(v.meeting().reasons(), new TypeReference<List<Reason>>() { });
        for (Reason r : reasons) {
            if (Reason.OTHER_FIELD.equals(r.key())) {
                // said plainly: the volunteer knows they were asked for what they offer, not for the field
                text.append("\n\n").append(t.t("meet.other_field", "name", name, "fields", items(r, t)));
            }
        }
        String why = reasons.stream().filter(r -> !Reason.OTHER_FIELD.equals(r.key()))
                .map(r -> t.t(r.key(), "items", items(r, t))).collect(Collectors.joining("; "));
        text.append("\n\n").append(t.t("meet.why", "reasons", why));
        return new Say(text.toString(), List.of(
                List.of(new Button(t.t("button.accept"), "yes"), new Button(t.t("button.decline"), "no")),
                List.of(new Button(t.t("button.pause_requests"), "pause")))).lasting();
    }

    private static String items(Reason r, Texts t) {
        String prefix = switch (r.key()) {
            case Reason.SECTOR, Reason.OTHER_FIELD -> "sector.";
            case Reason.SKILL -> "skill.";
            case Reason.OFFER -> "offer.";
            case Reason.LANGUAGE -> "spoken.";
            case Reason.REGION -> "region.";
            default -> "availability.";
        };
        return r.codes().stream().map(c -> t.has(prefix + c) ? t.t(prefix + c) : c)
                .collect(Collectors.joining(t.t("list.separator")));
    }

    /** Accept, decline or pause: passed on to the meeting, which applies only the first answer. */
    static Step<SideData> press(String state, SideData d, MeetingView v, Input in, Context ctx) {
        if (!(in instanceof Input.Choice c)) {
            return null;
        }
        long me = ctx.personId();
        long id = v.meeting().id();
        Toast sent = new Toast(ctx.texts().t("meet.answer_sent"));
        return switch (c.action()) {
            case "yes" -> Step.of(state, d, new MeetingChange(id, new MeetingCommand.Accept(me), ctx.key()), sent,
                    Edit.clearButtons());
            case "no" -> Step.of(state, d, new MeetingChange(id, new MeetingCommand.Decline(me), ctx.key()), sent,
                    Edit.clearButtons());
            case "pause" -> Step.of(state, d, new MeetingChange(id, new MeetingCommand.Decline(me), ctx.key()),
                    new PauseRequests(true), sent, Edit.clearButtons(),
                    new Say(ctx.texts().t("volunteer.paused_requests")));
            default -> null;
        };
    }
}
