package org.koppel.admin;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.koppel.conversation.Attachment;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Input;
import org.koppel.conversation.Say;
import org.koppel.conversation.State;
import org.koppel.conversation.States;
import org.koppel.conversation.Step;
import org.koppel.i18n.Texts;
import org.koppel.stats.Exports;
import org.koppel.stats.EventChart;
import org.koppel.stats.EventFigures;
import org.koppel.stats.FunnelChart;
import org.koppel.stats.IntroductionFigures;
import org.koppel.stats.Period;
import org.koppel.stats.Report;
import org.koppel.stats.Statistics;
import org.koppel.stats.StatisticsText;

/**
 * The coordinators' figures ("stats"): the funnel and outcomes for a period as text and as a
 * chart, and the exports as CSV files. The period chosen last is kept for the exports.
 * <pre>
 * SHOWN  nothing  another period → text and chart again; an export → its CSV file
 * </pre>
 */
public final class StatsConversation implements Conversation<StatsConversation.Data, StatsConversation.View> {
    public static final String KIND = "stats";
    static final String SHOWN = "SHOWN";
    static final List<String> PERIODS = List.of("30", "year", "all");

    /** The period shown: "30" (days), "year" or "all". */
    public record Data(String period) {
    }

    /** The figures for the period the input asks for, and an export's content when it asks for one. */
    public record View(Period period, Report report, String csv, java.util.Set<Long> named,
                       List<EventFigures.Line> events, IntroductionFigures introductions) {
    }

    private final States<Data, View> states = States.of(State.idle(SHOWN, this::shown));

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Data> dataType() {
        return Data.class;
    }

    @Override
    public States<Data, View> states() {
        return states;
    }

    @Override
    public View view(Connection c, String key, Data data, Input input, Context ctx) throws SQLException {
        if (!ctx.coordinator()) {
            return null;
        }
        String action = input instanceof Input.Choice ch ? ch.action() : "";
        String chosen = action.startsWith("p:") && PERIODS.contains(action.substring(2)) ? action.substring(2)
                : data == null ? "30" : data.period();
        var zone = ctx.config().settings().zone();
        Period period = switch (chosen) {
            case "year" -> Period.thisYear(ctx.now(), zone);
            case "all" -> Period.allTime(ctx.now(), zone);
            default -> Period.last30Days(ctx.now(), zone);
        };
        Report report = Statistics.read(c, period, zone, ctx.coordinators());
        String csv = switch (action) {
            case "x:stats" -> Exports.statistics(report, ctx.texts());
            case "x:meetings" -> Exports.meetings(c, period, zone, ctx.texts());
            case "x:volunteers" -> Exports.volunteers(c, ctx.texts(), ctx.config());
            default -> null;
        };
        java.util.Set<Long> named = new java.util.HashSet<>();
        if (action.equals("x:volunteers")) {
            // the volunteer list names every volunteer: the file goes with any of them who erases their data
            try (var s = c.prepareStatement("SELECT person_id FROM volunteer_profile"); var r = s.executeQuery()) {
                while (r.next()) {
                    named.add(r.getLong(1));
                }
            }
        }
        return new View(period, report, csv, named, EventFigures.read(c, period),
                IntroductionFigures.read(c, period));
    }

    @Override
    public java.util.Set<Long> about(Data data, View view, Context ctx) {
        return view == null ? java.util.Set.of() : view.named();
    }

    @Override
    public Step<Data> begin(View view, Input input, Context ctx) {
        if (view == null) {
            return Step.end(new Say(ctx.texts().t("admin.only")));
        }
        return show("30", view, ctx);
    }

    private Step<Data> shown(Data d, View view, Input in, Context ctx) {
        if (view == null) {
            return Step.end(new Say(ctx.texts().t("admin.only")));
        }
        String action = in instanceof Input.Choice c ? c.action() : in instanceof Input.Begin ? "p:" + d.period() : "";
        if (action.startsWith("p:") && PERIODS.contains(action.substring(2))) {
            return show(action.substring(2), view, ctx);
        }
        if (action.startsWith("x:") && view.csv() != null) {
            String name = "koppel-" + action.substring(2) + "-" + LocalDate.ofInstant(ctx.now(),
                    ctx.config().settings().zone()) + ".csv";
            return Step.of(SHOWN, d, new Say(ctx.texts().t("admin.stats_export_caption"), List.of(), new Attachment(name, view.csv())));
        }
        return null;
    }

    private static Step<Data> show(String period, View view, Context ctx) {
        Texts t = ctx.texts();
        String text = StatisticsText.render(view.report(), t, ctx.config()) + view.introductions().text(t)
                + EventFigures.text(view.events(), t);
        byte[] png = FunnelChart.png(view.report(), t);
        Say funnel = new Say(t.t("admin.stats_chart_caption"), List.of(), Attachment.image("koppel-funnel.png", png));
        byte[] events = EventChart.png(view.events(), t);
        if (events == null) {
            return Step.of(SHOWN, new Data(period), new Say(text, buttons(t)).lasting(), funnel);
        }
        return Step.of(SHOWN, new Data(period), new Say(text, buttons(t)).lasting(), funnel,
                new Say(t.t("stats.events_chart_caption"), List.of(), Attachment.image("koppel-events.png", events)));
    }

    private static List<List<Button>> buttons(Texts t) {
        return List.of(
                List.of(new Button(t.t("admin.stats_period_30"), "p:30"), new Button(t.t("admin.stats_period_year"), "p:year"),
                        new Button(t.t("admin.stats_period_all"), "p:all")),
                List.of(new Button(t.t("admin.stats_export_stats"), "x:stats"), new Button(t.t("admin.stats_export_meetings"), "x:meetings")),
                List.of(new Button(t.t("admin.stats_export_volunteers"), "x:volunteers")));
    }
}
