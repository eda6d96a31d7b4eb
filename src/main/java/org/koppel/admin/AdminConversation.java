package org.koppel.admin;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.koppel.community.Links;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Expects;
import org.koppel.conversation.Input;
import org.koppel.conversation.Keys;
import org.koppel.conversation.Open;
import org.koppel.conversation.Say;
import org.koppel.conversation.State;
import org.koppel.conversation.States;
import org.koppel.conversation.Step;
import org.koppel.i18n.Texts;
import org.koppel.meeting.MeetingStore;
import org.koppel.ops.BackupRequested;

/**
 * /admin ("admin"), for coordinators only: the menu, whose buttons stay valid, and the lists it
 * opens; each person or report in a list opens a conversation of its own.
 * <pre>
 * MENU  nothing  pending volunteers, volunteers, newcomers → lists (→ FIND); reports; communities;
 *                statistics; matching off/on; back up now; a coordinator link
 * FIND  typing   the start of a first name → the people found; → MENU
 * </pre>
 * A finished backup comes back here as a job ("backup.done").
 */
public final class AdminConversation implements Conversation<AdminConversation.Data, AdminConversation.View> {
    public static final String KIND = "admin";
    static final String MENU = "MENU";
    static final String FIND = "FIND";

    /** Which list typing searches: "vol" or "new"; null in the menu. */
    public record Data(String finding) {
    }

    /** The list the input asks for, the people it names, whether matching is paused, and where links start. */
    public record View(List<AdminStore.Entry> entries, java.util.Set<Long> named, boolean paused, String base) {
    }

    private final Links links;
    private final States<Data, View> states = States.of(
            State.idle(MENU, this::menu),
            State.of(FIND, Expects.TEXT, (d, v, ctx) -> List.of(new Say(ctx.texts().t("admin.find_ask"))), this::find));

    public AdminConversation(Links links) {
        this.links = links;
    }

    /** Coordinators work here whatever they answered to the consent a newcomer or volunteer gets. */
    @Override
    public boolean withoutConsent() {
        return true;
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
    public States<Data, View> states() {
        return states;
    }

    @Override
    public View view(Connection c, String key, Data data, Input input, Context ctx) throws SQLException {
        if (!ctx.coordinator()) {
            return null;
        }
        String action = input instanceof Input.Choice ch ? ch.action() : "";
        List<AdminStore.Entry> entries = switch (action) {
            case "pend" -> AdminStore.pending(c);
            case "vol" -> AdminStore.volunteers(c, "");
            case "new" -> AdminStore.newcomers(c, "");
            case "rep" -> AdminStore.openReports(c);
            default -> List.of();
        };
        if (input instanceof Input.Text t && data != null && data.finding() != null) {
            entries = data.finding().equals("vol") ? AdminStore.volunteers(c, t.text().strip())
                    : AdminStore.newcomers(c, t.text().strip());
        }
        java.util.Set<Long> named = action.equals("rep") ? AdminStore.reportPeople(c)
                : entries.stream().map(AdminStore.Entry::id).collect(java.util.stream.Collectors.toSet());
        return new View(entries, named, MeetingStore.matchingPaused(c), links.base());
    }

    /** The people a list names, so it goes with them when they erase their data. */
    @Override
    public java.util.Set<Long> about(Data data, View view, Context ctx) {
        return view == null ? java.util.Set.of() : view.named();
    }

    @Override
    public Step<Data> begin(View view, Input input, Context ctx) {
        if (input instanceof Input.Job j) {
            return Step.end(done(j, ctx.texts()));
        }
        if (view == null) {
            return Step.end(new Say(ctx.texts().t("admin.only")));
        }
        Step<Data> first = menu(new Data(null), view, input, ctx);
        return first == null ? null : first.then(List.of(new AdminChange.FirstAdmin()));
    }

    private Step<Data> menu(Data d, View view, Input in, Context ctx) {
        var t = ctx.texts();
        if (in instanceof Input.Job j) {
            return new Step<>(MENU, d, done(j, t));
        }
        if (view == null) {
            return Step.end(new Say(t.t("admin.only")));
        }
        String action = in instanceof Input.Choice c ? c.action() : in instanceof Input.Command ? "menu" : "";
        Data idle = new Data(null);
        return switch (action) {
            case "menu" -> Step.of(MENU, idle, menuSay(view, t), new Open(DigestConversation.KIND, new Input.Begin()));
            case "pend" -> Step.of(MENU, idle, list(view.entries(), "admin.pending_title", "admin.pending_none", t));
            case "vol", "new" -> Step.of(FIND, new Data(action), list(view.entries(),
                    action.equals("vol") ? "admin.volunteers_title" : "admin.newcomers_title", "admin.nobody", t),
                    new Say(t.t("admin.find_ask")));
            case "rep" -> Step.of(MENU, idle, reports(view.entries(), t));
            case "com" -> Step.of(MENU, idle, new Open("communities", new Input.Command("communities", "")));
            case "stats" -> Step.of(MENU, idle, new Open(StatsConversation.KIND, new Input.Begin()));
            case "pause", "resume" -> Step.of(MENU, idle, new AdminChange.PauseMatching(action.equals("pause")),
                    new Say(t.t(action.equals("pause") ? "admin.matching_paused" : "admin.matching_resumed")));
            case "backup" -> Step.of(MENU, idle, new BackupRequested(ctx.personId()), new Say(t.t("admin.backup_started")));
            case "coord" -> {
                String token = "c" + Long.toString(ctx.random().nextLong() >>> 1, 36);
                yield Step.of(MENU, idle, new AdminChange.CoordinatorLink(token),
                        new Say(t.t("admin.coordinator_link", "link", view.base() + token)));
            }
            default -> null;
        };
    }

    private Step<Data> find(Data d, View view, Input in, Context ctx) {
        var t = ctx.texts();
        if (in instanceof Input.Cancel) {
            return Step.of(MENU, new Data(null), new Say(t.t("cancel.stopped")));
        }
        if (in instanceof Input.Text && view != null) {
            return Step.of(MENU, new Data(null), list(view.entries(), "admin.found_title", "admin.nobody", t));
        }
        return menu(d, view, in, ctx);
    }

    static Say menuSay(View view, Texts t) {
        List<List<Button>> rows = List.of(
                List.of(new Button(t.t("admin.button_pending"), "pend"), new Button(t.t("admin.button_reports"), "rep")),
                List.of(new Button(t.t("admin.button_volunteers"), "vol"), new Button(t.t("admin.button_newcomers"), "new")),
                List.of(new Button(t.t("admin.button_communities"), "com"), new Button(t.t("admin.button_stats"), "stats")),
                List.of(view.paused() ? new Button(t.t("admin.button_resume"), "resume")
                        : new Button(t.t("admin.button_pause"), "pause"), new Button(t.t("admin.button_backup"), "backup")),
                List.of(new Button(t.t("admin.button_coordinator"), "coord")));
        String state = t.t(view.paused() ? "admin.state_paused" : "admin.state_running");
        return new Say(t.t("admin.menu", "state", state), rows).lasting();
    }

    private static Say list(List<AdminStore.Entry> entries, String title, String none, Texts t) {
        if (entries.isEmpty()) {
            return new Say(t.t(none));
        }
        List<List<Button>> rows = new ArrayList<>();
        for (AdminStore.Entry e : entries) {
            rows.add(List.of(Button.to(Keys.of(SubjectConversation.KIND, e.id()), label(e, t), "view")));
        }
        return new Say(t.t(title, "count", entries.size()), rows).lasting();
    }

    /** A person in a coordinator's list: a mark for their standing, the name, and region or job title. */
    static String label(AdminStore.Entry e, Texts t) {
        String mark = e.suspended() ? "⛔ " : "rejected".equals(e.status()) ? "✖ " : "pending".equals(e.status()) ? "⏳ " : "";
        // a newcomer's detail is their region's code, shown by its label
        String detail = e.detail() != null && t.has("region." + e.detail()) ? t.t("region." + e.detail()) : e.detail();
        return mark + e.name() + (detail == null || detail.isBlank() ? "" : " · " + detail);
    }

    private static Say reports(List<AdminStore.Entry> entries, Texts t) {
        if (entries.isEmpty()) {
            return new Say(t.t("admin.reports_none"));
        }
        List<List<Button>> rows = new ArrayList<>();
        for (AdminStore.Entry e : entries) {
            String text = e.detail().length() > 40 ? e.detail().substring(0, 40) + "…" : e.detail();
            rows.add(List.of(Button.to(Keys.of(CaseConversation.KIND, e.id()), e.name() + ": " + text, "view")));
        }
        return new Say(t.t("admin.reports_title", "count", entries.size()), rows).lasting();
    }

    private static List<Effect> done(Input.Job j, Texts t) {
        if (j.name().equals("backup.done")) {
            String[] p = j.payload().split("\\|");
            long bytes = p.length > 1 && p[1].matches("\\d{1,18}") ? Long.parseLong(p[1]) : 0;
            return List.of(new Say(t.t("admin.backup_done", "file", p[0], "size", String.format("%.1f MB", bytes / 1e6))));
        }
        return List.of(new Say(t.t("admin.backup_failed")));
    }
}
