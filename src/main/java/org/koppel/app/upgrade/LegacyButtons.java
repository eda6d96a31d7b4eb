package org.koppel.app.upgrade;

import java.util.Comparator;
import java.util.List;
import org.koppel.core.ButtonSigner;
import org.koppel.core.ButtonSigner.Pressed;
import org.koppel.core.Conv;
import org.koppel.core.PersonState;

/**
 * Presses on buttons Koppel 0.1 sent ("seq|action", signed the same way), which people still
 * have in their chats. Standing ones name what they act on ("crd:cx:&lt;meeting&gt;:&lt;newcomer&gt;")
 * and go to that conversation; the others answered the one live question, which the upgrade
 * kept with the same seq, so they still work until it is answered.
 */
public final class LegacyButtons {
    private static final List<String> LIVE = List.of("start", "profile", "volunteer", "meeting");

    private LegacyButtons() {
    }

    public static Pressed translate(PersonState st, Pressed old) {
        if (old.standing()) {
            return standing(old.action());
        }
        if (old.action().equals("meet")) {
            return new Pressed("meet", ButtonSigner.STANDING, "go");
        }
        return st.conversations().values().stream()
                .filter(c -> c.seq() == old.seq() && LIVE.contains(c.kind()))
                .max(Comparator.comparingLong(Conv::asked))
                .map(c -> new Pressed(c.key(), c.seq(), old.action())).orElse(null);
    }

    private static Pressed standing(String action) {
        String[] p = action.split(":");
        String to = switch (p[0]) {
            case "rev" -> p.length == 3 ? "review:" + Long.toString(Long.parseLong(p[2]), 36) : null;
            case "mtg", "crd" -> p.length == 4 ? "meeting:" + p[2] : null;
            case "rpt" -> p.length == 3 ? "report:" + p[1] + "." + p[2] : null;
            case "fu" -> p.length >= 3 ? "followup:" + p[2] : null;
            case "ci" -> p.length == 3 ? "checkin:" + p[1] : null;
            case "lv", "jn", "kp" -> p.length >= 2 ? "community:" + p[1] : null;
            default -> null;
        };
        String now = to == null ? null : switch (p[0]) {
            case "rev" -> p[1];
            case "mtg" -> switch (p[1]) {
                case "ok" -> "yes";
                case "pz" -> "pause";
                default -> "no";
            };
            case "crd" -> switch (p[1]) {
                case "rs" -> "move:-1";
                case "cx" -> "cancel:-1";
                case "ok" -> "attend:-1";
                default -> "share";
            };
            case "rpt" -> "report";
            case "fu" -> followUp(p);
            case "ci" -> p[2];
            case "lv" -> "leave";
            case "jn" -> p.length == 3 && p[2].equals("yes") ? "join" : "no";
            default -> p.length == 3 ? "key:" + p[2] : null;
        };
        return now == null ? null : new Pressed(to, ButtonSigner.STANDING, now);
    }

    /** "fu:&lt;question&gt;:&lt;meeting&gt;[:&lt;value&gt;]" */
    private static String followUp(String[] p) {
        String value = p.length > 3 ? p[3] : "";
        return switch (p[1]) {
            case "h" -> "h:" + value;
            case "u" -> "u:" + value;
            case "o" -> "o:" + value;
            case "od" -> "od";
            default -> "skip";
        };
    }
}
