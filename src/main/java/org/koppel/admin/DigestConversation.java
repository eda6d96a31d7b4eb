package org.koppel.admin;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.koppel.config.Settings;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Input;
import org.koppel.conversation.Keys;
import org.koppel.conversation.Say;
import org.koppel.conversation.Schedule;
import org.koppel.conversation.State;
import org.koppel.conversation.States;
import org.koppel.conversation.Step;
import org.koppel.i18n.Texts;

/**
 * A coordinator's standing appointments with the bot ("digest"): the weekly digest on the
 * configured weekday and hour, and a daily watch at that hour that alerts them once to each
 * newcomer stuck without a meeting and each volunteer who let three requests go unanswered.
 * It waits between jobs so they stay scheduled; /admin (re)starts both.
 */
public final class DigestConversation implements Conversation<DigestConversation.Data, DigestView> {
    public static final String KIND = "digest";
    static final String WAITING = "WAITING";

    /** Nothing is kept: the jobs carry what they need. */
    public record Data() {
    }

    private final States<Data, DigestView> states = States.of(State.idle(WAITING, (d, v, in, ctx) -> on(v, in, ctx)));

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Data> dataType() {
        return Data.class;
    }

    @Override
    public States<Data, DigestView> states() {
        return states;
    }

    @Override
    public DigestView view(Connection c, String key, Data data, Input input, Context ctx) throws SQLException {
        if (!(input instanceof Input.Job) || !ctx.coordinator()) {
            return null;
        }
        long now = ctx.now().toEpochMilli();
        long stuckBefore = now - Duration.ofDays(ctx.config().settings().stuckDays()).toMillis();
        return DigestView.read(c, ctx.personId(), ctx.coordinators(), now - Duration.ofDays(7).toMillis(), stuckBefore);
    }

    /** The people an alert names, so it goes with them when they erase their data. */
    @Override
    public java.util.Set<Long> about(Data data, DigestView v, Context ctx) {
        java.util.Set<Long> about = new java.util.HashSet<>();
        if (v != null) {
            v.newStuck().forEach(e -> about.add(e.id()));
            v.newQuiet().forEach(e -> about.add(e.id()));
        }
        return about;
    }

    @Override
    public Step<Data> begin(DigestView view, Input input, Context ctx) {
        return on(view, input, ctx);
    }

    private static Step<Data> on(DigestView v, Input in, Context ctx) {
        if (!ctx.coordinator()) {
            return Step.end();
        }
        List<Effect> effects = new ArrayList<>();
        if (in instanceof Input.Job j && v != null && j.name().equals("weekly")) {
            effects.add(digest(v, ctx));
        } else if (in instanceof Input.Job j && v != null && j.name().equals("watch")) {
            effects.addAll(alerts(v, ctx));
        } else if (!(in instanceof Input.Begin || in instanceof Input.Job)) {
            return null;
        }
        Settings s = ctx.config().settings();
        effects.add(Schedule.here("weekly", "", nextWeekly(ctx.now(), s.zone(), s)));
        effects.add(Schedule.here("watch", "", nextDaily(ctx.now(), s.zone(), s.digestHour())));
        return new Step<>(WAITING, new Data(), effects);
    }

    private static Say digest(DigestView v, Context ctx) {
        return new Say(ctx.texts().t("digest.weekly", "started", v.started(), "profiles", v.profiles(),
                "requested", v.requested(), "confirmed", v.confirmed(), "held", v.held(), "no_shows", v.noShows(),
                "reports", v.openReports(), "pending", v.pending(), "stuck", v.stuck()),
                List.of(List.of(Button.to(AdminConversation.KIND, ctx.texts().t("admin.button_open"), "menu"))));
    }

    private static List<Effect> alerts(DigestView v, Context ctx) {
        var t = ctx.texts();
        List<Effect> out = new ArrayList<>();
        if (!v.newStuck().isEmpty()) {
            out.add(new Say(t.t("alert.stuck", "count", v.newStuck().size(), "days", ctx.config().settings().stuckDays()),
                    rows(v.newStuck(), t)).lasting());
            v.newStuck().forEach(e -> out.add(new AdminChange.Alerted("stuck", e.id())));
        }
        if (!v.newQuiet().isEmpty()) {
            out.add(new Say(t.t("alert.quiet", "count", v.newQuiet().size()), rows(v.newQuiet(), t)).lasting());
            v.newQuiet().forEach(e -> out.add(new AdminChange.Alerted("quiet", e.id())));
        }
        return out;
    }

    private static List<List<Button>> rows(List<AdminStore.Entry> entries, Texts t) {
        return entries.stream().map(e -> List.of(Button.to(Keys.of(SubjectConversation.KIND, e.id()),
                AdminConversation.label(e, t), "view"))).toList();
    }

    static Instant nextWeekly(Instant now, ZoneId zone, Settings s) {
        ZonedDateTime at = now.atZone(zone).with(TemporalAdjusters.nextOrSame(s.digestWeekday()))
                .withHour(s.digestHour()).withMinute(0).withSecond(0).withNano(0);
        return at.toInstant().isAfter(now) ? at.toInstant() : at.plusWeeks(1).toInstant();
    }

    static Instant nextDaily(Instant now, ZoneId zone, int hour) {
        ZonedDateTime at = LocalDate.ofInstant(now, zone).atTime(hour, 0).atZone(zone);
        return at.toInstant().isAfter(now) ? at.toInstant() : at.plusDays(1).toInstant();
    }
}
