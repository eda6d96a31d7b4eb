package org.koppel.privacy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Edit;
import org.koppel.conversation.Forget;
import org.koppel.conversation.Input;
import org.koppel.conversation.Say;
import org.koppel.conversation.Schedule;
import org.koppel.conversation.State;
import org.koppel.conversation.States;
import org.koppel.conversation.Step;
import org.koppel.meeting.When;

/**
 * Retention ("retention"): someone who has not used Koppel for retentionMonths is erased as by
 * /delete, after a notice a month before that one tap, or any message, prevents. Begun by the
 * daily sweep ({@link Retention}) with a "notice" job.
 * <pre>
 * (begin)  notice, still inactive → the notice with Keep → NOTICED (erase job at the date it names)
 * NOTICED  nothing  Keep → kept, ends; erase job: active since the notice → ends quietly;
 *                   still inactive → erased, with a last message saying why
 * </pre>
 */
public final class RetentionConversation implements Conversation<RetentionConversation.Data, Long> {
    public static final String KIND = "retention";
    static final String NOTICE = "notice";
    static final String ERASE = "erase";
    static final String NOTICED = "NOTICED";

    /** When the notice went out; activity after it keeps the data. */
    public record Data(long noticedAt) {
    }

    private static final States<Data, Long> STATES = States.of(State.idle(NOTICED, RetentionConversation::noticed));

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Data> dataType() {
        return Data.class;
    }

    @Override
    public States<Data, Long> states() {
        return STATES;
    }

    /** Retention applies to everyone kept, suspended or not, consenting or not. */
    @Override
    public boolean whileSuspended() {
        return true;
    }

    /** When the person last sent the bot anything. */
    @Override
    public Long view(Connection c, String key, Data data, Input input, Context ctx) throws SQLException {
        return Retention.lastSeen(c, ctx.personId());
    }

    @Override
    public Step<Data> begin(Long lastSeen, Input input, Context ctx) {
        if (!(input instanceof Input.Job j && NOTICE.equals(j.name())) || lastSeen == null) {
            return null;
        }
        var s = ctx.config().settings();
        Instant now = ctx.now();
        if (Instant.ofEpochMilli(lastSeen).isAfter(Retention.noticeCutoff(now, s.retentionMonths(), s.zone()))) {
            // active again between the sweep and this job
            return null;
        }
        Instant erase = Retention.eraseAt(lastSeen, now, s.retentionMonths(), s.zone());
        var t = ctx.texts();
        String date = When.day(erase.atZone(s.zone()).toLocalDateTime(), t.language());
        return Step.of(NOTICED, new Data(now.toEpochMilli()),
                new Say(t.t("retention.notice", "months", s.retentionMonths(), "date", date),
                        List.of(List.of(new Button(t.t("button.retention_keep"), "keep")))).lasting(),
                Schedule.here(ERASE, "", erase));
    }

    private static Step<Data> noticed(Data d, Long lastSeen, Input in, Context ctx) {
        var t = ctx.texts();
        if (in instanceof Input.Choice c && "keep".equals(c.action())) {
            // the press itself counts as using Koppel again (last_seen moves with it)
            return Step.end(Edit.clearButtons(), new Say(t.t("retention.kept")));
        }
        if (!(in instanceof Input.Job j && ERASE.equals(j.name()))) {
            return null;
        }
        if (lastSeen != null && lastSeen > d.noticedAt()) {
            return Step.end();
        }
        return Step.end(new Say(t.t("retention.erased", "months", ctx.config().settings().retentionMonths())),
                new Forget());
    }
}
