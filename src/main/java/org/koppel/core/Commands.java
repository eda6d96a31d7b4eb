package org.koppel.core;

import java.util.List;
import org.koppel.conversation.Input;

/**
 * The commands the core answers itself (/start, /help, /cancel) and the routing of every other
 * command to the conversation a feature named for it.
 */
final class Commands {
    private Commands() {
    }

    static void run(Turn t, Inbound.Command cmd, Kinds kinds, Views views) {
        switch (cmd.name()) {
            case "start" -> start(t, cmd, kinds);
            case "help" -> {
                t.say("help.text");
                if (views.keyPerson(t.person.id())) {
                    t.say("help.key_person");
                }
                if (t.base.coordinator()) {
                    t.say("help.coordinator");
                }
                reask(t, kinds, t.focused() != null ? t.focused() : t.home());
            }
            case "cancel" -> {
                if (t.focused() != null) {
                    t.input(t.focused(), new Input.Cancel());
                } else {
                    t.say("cancel.nothing");
                }
            }
            default -> routed(t, cmd, kinds);
        }
    }

    /** /start greets (or welcomes back); with a link's payload the link's conversation follows. */
    private static void start(Turn t, Inbound.Command cmd, Kinds kinds) {
        String home = t.home();
        String link = link(cmd.arg());
        if (home != null) {
            t.input(home, new Input.Restart());
        } else {
            // the welcome keeps the link, to offer it again once the person has chosen a language
            t.input(kinds.entry(), new Input.Command("start", link == null ? "" : link));
        }
        List<Route> links = kinds.routes(Route.LINK);
        if (link != null) {
            // each feature's links start differently; the first conversation that takes the payload wins
            for (Route r : links) {
                if (t.input(r.key(), new Input.Command(Route.LINK, link))) {
                    break;
                }
            }
        }
    }

    private static void routed(Turn t, Inbound.Command cmd, Kinds kinds) {
        List<Route> routes = kinds.routes(cmd.name());
        if (routes.isEmpty() || cmd.name().equals(Route.LINK)) {
            t.say("input.unknown_command", "command", "/" + cmd.name());
            reask(t, kinds, t.focused());
            return;
        }
        Route chosen = routes.stream().filter(r -> t.holds(r.key())).findFirst().orElse(routes.get(0));
        if (t.standing.declined() && !kinds.of(chosen.key()).withoutConsent()) {
            // they said no to keeping their answers: the one way back is /start, whatever they asked for
            t.say("consent.declined_command");
            return;
        }
        t.input(chosen.key(), new Input.Command(cmd.name(), cmd.arg() == null ? "" : cmd.arg()));
    }

    /**
     * Asks the waiting question again, except the welcome's "who are you?" to a coordinator, who
     * need not be a newcomer or volunteer to work and was confused to get it after any command.
     */
    private static void reask(Turn t, Kinds kinds, String key) {
        if (key != null && t.base.coordinator() && key.equals(kinds.entry())) {
            return;
        }
        t.reask(key);
    }

    /** The payload of a t.me link: A-Z a-z 0-9 _ - only, at most 64 characters, or null. */
    static String link(String arg) {
        return arg != null && arg.matches("[A-Za-z0-9_-]{2,64}") ? arg : null;
    }
}
