package org.koppel.community;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Expects;
import org.koppel.conversation.Input;
import org.koppel.conversation.Keys;
import org.koppel.conversation.Say;
import org.koppel.conversation.State;
import org.koppel.conversation.States;
import org.koppel.conversation.Step;
import org.koppel.conversation.Tell;
import org.koppel.i18n.Texts;

/**
 * A coordinator managing one community ("manage:&lt;id&gt;"), from /communities:
 * <pre>
 * CARD    nothing  a single-use key-person link; appoint someone → FIND; take the role from a key
 *                  person; rename → NAME; archive (asked twice)
 * FIND    typing   the start of a first name → the people found, each a button that appoints; → CARD
 * NAME    typing   the new name; → CARD
 * </pre>
 */
public final class ManageConversation implements Conversation<ManageConversation.Data, ManageView> {
    public static final String KIND = "manage";
    static final String CARD = "CARD";
    static final String FIND = "FIND";
    static final String NAME = "NAME";

    /** Nothing is kept but the state. */
    public record Data() {
    }

    private final Links links;
    private final States<Data, ManageView> states = States.of(
            State.idle(CARD, this::card),
            State.of(FIND, Expects.TEXT, (d, v, ctx) -> List.of(new Say(ctx.texts().t("manage.find_ask"))), this::find),
            State.of(NAME, Expects.TEXT, (d, v, ctx) -> List.of(new Say(ctx.texts().t("manage.name_ask"))), this::name));

    public ManageConversation(Links links) {
        this.links = links;
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
    public States<Data, ManageView> states() {
        return states;
    }

    @Override
    public ManageView view(Connection c, String key, Data data, Input input, Context ctx) throws SQLException {
        Long id = Keys.base36(Keys.id(key));
        String typed = input instanceof Input.Text t ? t.text() : null;
        return ctx.coordinator() && id != null ? ManageView.read(c, id, typed, links.base()) : null;
    }

    /** The people the card and the search results name, so those messages go with them at /delete. */
    @Override
    public Set<Long> about(Data data, ManageView v, Context ctx) {
        Set<Long> about = new java.util.HashSet<>();
        if (v != null) {
            v.keyPersons().forEach(p -> about.add(p.id()));
            v.found().forEach(p -> about.add(p.id()));
        }
        return about;
    }

    @Override
    public Step<Data> begin(ManageView view, Input input, Context ctx) {
        return input instanceof Input.Choice ? card(new Data(), view, input, ctx) : null;
    }

    private Step<Data> card(Data d, ManageView v, Input in, Context ctx) {
        Texts t = ctx.texts();
        if (v == null) {
            return Step.end(new Say(t.t(ctx.coordinator() ? "manage.gone" : "admin.only")));
        }
        long id = v.community().id();
        String name = v.community().name();
        String action = in instanceof Input.Choice c ? c.action() : "";
        if (action.equals("inv")) {
            String token = CommunityStore.token(ctx.random());
            return Step.of(CARD, d, new CommunityChange.Invited(id, token),
                    new Say(t.t("community.invite", "community", name, "link", v.base() + "k" + token)));
        }
        if (action.equals("app")) {
            return new Step<>(FIND, d, List.of(new Say(t.t("manage.find_ask"))));
        }
        if (action.equals("ren")) {
            return new Step<>(NAME, d, List.of(new Say(t.t("manage.name_ask"))));
        }
        if (action.equals("arc")) {
            return Step.of(CARD, d, new Say(t.t("manage.archive_ask", "community", name), List.of(List.of(
                    new Button(t.t("manage.button_archive_yes"), "arc!"), new Button(t.t("button.back"), "view")))));
        }
        if (action.equals("arc!")) {
            return Step.end(new CommunityChange.Archive(id), new Say(t.t("manage.archived", "community", name)));
        }
        Long person = Keys.base36(action.length() > 4 ? action.substring(4) : "");
        if (action.startsWith("pic:") && person != null) {
            return Step.of(CARD, d, new CommunityChange.Appoint(id, person),
                    new Say(t.t("community.appointed_done", "community", name)));
        }
        if (action.startsWith("rmk:") && person != null && v.keyPersons().stream().anyMatch(p -> p.id() == person)) {
            return Step.of(CARD, d, new CommunityChange.RemoveKey(id, person), new Tell(person, null,
                    o -> new Say(o.t("manage.key_removed_you", "community", name)), null, Set.of()),
                    new Say(t.t("manage.key_removed", "community", name)));
        }
        return Step.of(CARD, d, say(v, t));
    }

    private Step<Data> find(Data d, ManageView v, Input in, Context ctx) {
        if (v == null || in instanceof Input.Cancel || in instanceof Input.Choice) {
            return in instanceof Input.Cancel ? Step.of(CARD, d, new Say(ctx.texts().t("cancel.stopped")))
                    : card(d, v, in, ctx);
        }
        if (!(in instanceof Input.Text)) {
            return null;
        }
        Texts t = ctx.texts();
        if (v.found().isEmpty()) {
            return Step.of(CARD, d, new Say(t.t("admin.nobody")));
        }
        List<List<Button>> rows = v.found().stream().map(p -> List.of(new Button(p.name()
                + (p.detail() == null || p.detail().isBlank() ? "" : " · " + p.detail()),
                "pic:" + Long.toString(p.id(), 36)))).toList();
        return Step.of(CARD, d, new Say(t.t("manage.pick", "community", v.community().name()), rows));
    }

    private Step<Data> name(Data d, ManageView v, Input in, Context ctx) {
        if (v == null || in instanceof Input.Cancel || in instanceof Input.Choice) {
            return in instanceof Input.Cancel ? Step.of(CARD, d, new Say(ctx.texts().t("cancel.stopped")))
                    : card(d, v, in, ctx);
        }
        if (!(in instanceof Input.Text text)) {
            return null;
        }
        String name = text.text().strip();
        if (name.isEmpty() || name.length() > 80) {
            return new Step<>(NAME, d, List.of(new Say(ctx.texts().t("community.ask_name"))));
        }
        return Step.of(CARD, d, new CommunityChange.Rename(v.community().id(), name),
                new Say(ctx.texts().t("manage.renamed", "community", name)));
    }

    static Say say(ManageView v, Texts t) {
        StringBuilder b = new StringBuilder(t.t("manage.title", "community", v.community().name()));
        b.append('\n').append(v.keyPersons().isEmpty() ? t.t("manage.no_keys") : t.t("manage.keys"));
        List<List<Button>> rows = new ArrayList<>();
        int unnamed = 0;
        for (ManageView.Person p : v.keyPersons()) {
            String name = p.name() != null ? p.name() : t.t("manage.unnamed", "n", ++unnamed);
            b.append("\n• ").append(name);
            rows.add(List.of(new Button(t.t("manage.button_remove_key", "name", name), "rmk:" + Long.toString(p.id(), 36))));
        }
        rows.add(List.of(new Button(t.t("manage.button_invite"), "inv"), new Button(t.t("manage.button_appoint"), "app")));
        rows.add(List.of(new Button(t.t("manage.button_rename"), "ren"), new Button(t.t("manage.button_archive"), "arc")));
        return new Say(b.toString(), rows).lasting();
    }
}
