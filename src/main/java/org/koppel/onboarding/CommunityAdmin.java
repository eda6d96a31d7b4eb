package org.koppel.onboarding;

import java.util.ArrayList;
import java.util.List;
import org.koppel.community.CommunityChanged;
import org.koppel.community.CommunityLookup;
import org.koppel.flow.Ask;
import org.koppel.flow.Button;
import org.koppel.flow.FlowContext;
import org.koppel.flow.Input;
import org.koppel.flow.Say;
import org.koppel.flow.Signal;
import org.koppel.flow.Step;

/**
 * What coordinators do with communities: /newcommunity (name, language, region, then its join
 * link), and from /communities an overview of all with their join links, a single-use link to
 * make someone a key person, or appointing a person the bot knows directly.
 */
final class CommunityAdmin {
    private CommunityAdmin() {
    }

    private static boolean coordinator(FlowContext ctx) {
        return ctx.coordinators().contains(ctx.personId());
    }

    /** /newcommunity */
    static Step<Draft> start(String state, Draft d, FlowContext ctx) {
        if (!coordinator(ctx)) {
            return Step.of(state, d, new Say(ctx.texts().t("community.coordinators_only")));
        }
        Draft next = CommunitySteps.cleared(d);
        next.side = "new.name";
        next.sideValues = new ArrayList<>();
        return Step.of(state, next, new Say(ctx.texts().t("community.ask_name")));
    }

    /** /communities for a coordinator: every community, its link, and what they can do. */
    static Step<Draft> overview(String state, Draft d, List<CommunityLookup.Info> infos, FlowContext ctx) {
        var t = ctx.texts();
        StringBuilder text = new StringBuilder(t.t("community.all_title"));
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < infos.size(); i++) {
            CommunityLookup.Info c = infos.get(i);
            text.append("\n\n").append(t.t("community.admin_line", "community", c.name(), "language", c.language(),
                    "members", c.members(), "link", c.joinLink()));
            rows.add(List.of(new Button(t.t("button.invite_key", "community", c.name()), "cm:inv:" + i)));
            rows.add(List.of(new Button(t.t("button.appoint_key", "community", c.name()), "cm:app:" + i)));
        }
        text.append("\n\n").append(t.t("community.new_hint"));
        Draft next = d.copy();
        next.side = "admin";
        next.options = new ArrayList<>(infos);
        return Step.of(state, next, new Say(text.toString(), rows));
    }

    static Step<Draft> handle(String state, Draft d, Input input, FlowContext ctx) {
        var t = ctx.texts();
        if (!coordinator(ctx)) {
            return Step.of(state, CommunitySteps.cleared(d), new Say(t.t("community.coordinators_only")));
        }
        Draft next = d.copy();
        String action = input instanceof Input.Choice c ? c.action() : "";
        switch (d.side) {
            case "new.name" -> {
                if (!(input instanceof Input.Text text) || text.text().isBlank() || text.text().length() > 80) {
                    return Step.of(state, d, new Say(t.t("community.ask_name")));
                }
                next.sideValues = new ArrayList<>(List.of(text.text().strip()));
                next.side = "new.language";
                List<List<Button>> rows = ctx.config().settings().languages().stream()
                        .map(l -> List.of(new Button(l.name(), "cm:lang:" + l.code()))).toList();
                return Step.of(state, next, new Say(t.t("community.ask_language"), rows));
            }
            case "new.language" -> {
                if (!action.startsWith("cm:lang:") || !ctx.config().settings().supports(action.substring(8))) {
                    return Step.of(state, d, new Say(t.t("input.use_buttons")));
                }
                next.sideValues.add(action.substring(8));
                next.side = "new.region";
                List<List<Button>> rows = new ArrayList<>();
                ctx.config().regions().regions().forEach(r -> rows.add(List.of(new Button(t.t("region." + r.code()),
                        "cm:region:" + r.code()))));
                rows.add(List.of(new Button(t.t("button.no_region"), "cm:region:-")));
                return Step.of(state, next, new Say(t.t("community.ask_region"), rows));
            }
            case "new.region" -> {
                if (!action.startsWith("cm:region:")) {
                    return Step.of(state, d, new Say(t.t("input.use_buttons")));
                }
                next.sideValues.add(action.substring(10));
                return CommunitySteps.asking(state, next, "token.new", CommunityLookup.TOKEN);
            }
            case "admin" -> {
                int i = action.matches("cm:(inv|app):\\d+") ? Integer.parseInt(action.substring(7)) : -1;
                if (i < 0 || i >= d.options.size()) {
                    return Step.of(state, d, new Say(t.t("input.use_buttons")));
                }
                CommunityLookup.Info c = d.options.get(i);
                next.sideValues = new ArrayList<>(List.of(Long.toString(c.id(), 36), c.name()));
                if (action.startsWith("cm:inv:")) {
                    return CommunitySteps.asking(state, next, "token.invite", CommunityLookup.TOKEN);
                }
                next.side = "appoint";
                return Step.of(state, next, new Say(t.t("community.appoint_ask", "community", c.name())));
            }
            case "appoint" -> {
                if (!(input instanceof Input.Text text)) {
                    return Step.of(state, d, new Say(t.t("community.appoint_ask", "community", d.sideValues.get(1))));
                }
                next.side = "ask.appoint";
                return Step.of(state, next, new Ask(CommunityLookup.PERSON + text.text()));
            }
            default -> {
                return Step.of(state, CommunitySteps.cleared(d));
            }
        }
    }

    /** The lookups' answers: a fresh token for a community or an invite, or the person to appoint. */
    static Step<Draft> answer(String state, Draft d, Input.Event e, FlowContext ctx) {
        var t = ctx.texts();
        String side = d.side == null ? "" : d.side;
        Draft done = CommunitySteps.cleared(d);
        Draft admin = d.copy();
        admin.side = "admin";
        if (e.name().equals(CommunityLookup.TOKEN_EVENT) && side.equals("ask.token.new") && d.sideValues.size() == 3) {
            String[] v = e.value().split(" ");
            String region = d.sideValues.get(2).equals("-") ? null : d.sideValues.get(2);
            return Step.of(state, done, new CommunityChanged.Created(d.sideValues.get(0), d.sideValues.get(1), region, v[0]),
                    new Say(t.t("community.created", "community", d.sideValues.get(0), "link", v[1] + "j" + v[0])));
        }
        if (e.name().equals(CommunityLookup.TOKEN_EVENT) && side.equals("ask.token.invite")) {
            String[] v = e.value().split(" ");
            long community = Long.parseLong(d.sideValues.get(0), 36);
            // the overview's buttons stay usable for the next invite or appointment
            return Step.of(state, admin, new CommunityChanged.Invited(community, v[0]),
                    new Say(t.t("community.invite", "community", d.sideValues.get(1), "link", v[1] + "k" + v[0])));
        }
        if (e.name().equals(CommunityLookup.PERSON_EVENT) && side.equals("ask.appoint")) {
            return Step.of(state, admin, new Signal(Long.parseLong(e.value()), CommunitySteps.APPOINTED,
                            d.sideValues.get(0) + ":" + d.sideValues.get(1)),
                    new Say(t.t("community.appointed_done", "community", d.sideValues.get(1))));
        }
        if (e.name().equals(CommunityLookup.NO_PERSON)) {
            return Step.of(state, admin, new Say(t.t("community.appoint_unknown")));
        }
        return Step.of(state, d);
    }
}
