package org.koppel.event;

import java.util.ArrayList;
import java.util.List;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Edit;
import org.koppel.conversation.Input;
import org.koppel.conversation.Say;
import org.koppel.conversation.Step;
import org.koppel.event.NewEventConversation.Data;

/**
 * The languages spoken at an event, ticked from those the installation knows people speak; they
 * are shown on the invitation, so someone can see whether they will be understood there.
 */
final class EventLanguages {
    private EventLanguages() {
    }

    /** Until the organiser touches the list, their own language stands ticked. */
    private static List<String> ticked(Data d, Context ctx) {
        return d.languages().isEmpty() ? List.of(ctx.texts().language()) : d.languages();
    }

    static Say ask(Data d, Context ctx) {
        var t = ctx.texts();
        List<String> ticked = ticked(d, ctx);
        List<List<Button>> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        for (String code : options(ctx)) {
            row.add(new Button((ticked.contains(code) ? "✓ " : "") + label(code, ctx), "l:" + code));
            if (row.size() == 2) {
                rows.add(List.copyOf(row));
                row.clear();
            }
        }
        if (!row.isEmpty()) {
            rows.add(List.copyOf(row));
        }
        rows.add(List.of(new Button(t.t("button.done"), "done")));
        return new Say(t.t("event.ask_languages"), rows);
    }

    static Step<Data> pick(Data d, NewEventView v, Input in, Context ctx) {
        String a = in instanceof Input.Choice c ? c.action() : "";
        List<String> known = options(ctx);
        if (a.startsWith("l:") && known.contains(a.substring(2))) {
            List<String> ticked = new ArrayList<>(ticked(d, ctx));
            if (!ticked.remove(a.substring(2))) {
                ticked.add(a.substring(2));
            }
            // kept in the installation's order, so the invitation lists them the same way every time
            Data next = d.speaking(known.stream().filter(ticked::contains).toList());
            return Step.of(NewEventConversation.LANGUAGES, next, new Edit(null, ask(next, ctx).buttons(), true));
        }
        if (a.equals("done")) {
            if (ticked(d, ctx).isEmpty()) {
                return Step.of(NewEventConversation.LANGUAGES, d, new Say(ctx.texts().t("event.pick_language")));
            }
            Data next = d.speaking(ticked(d, ctx));
            return Step.of(NewEventConversation.COMMUNITIES, next, Edit.clearButtons(),
                    NewEventConversation.askCommunities(next, v, ctx));
        }
        return NewEventConversation.stopped(in, ctx);
    }

    /**
     * Dutch first, then the languages people list in their profiles: the profile asks for Dutch on
     * its own scale, so the configured list leaves it out, but most events are held in it.
     */
    private static List<String> options(Context ctx) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(List.of("nl"));
        all.addAll(ctx.config().settings().spokenLanguages());
        return List.copyOf(all);
    }

    /** "Dutch, Tigrinya" in the reader's language. */
    static String names(List<String> codes, org.koppel.i18n.Texts t) {
        return String.join(t.t("list.separator"), codes.stream()
                .map(c -> t.has("spoken." + c) ? t.t("spoken." + c) : c).toList());
    }

    private static String label(String code, Context ctx) {
        return ctx.texts().has("spoken." + code) ? ctx.texts().t("spoken." + code) : code;
    }
}
