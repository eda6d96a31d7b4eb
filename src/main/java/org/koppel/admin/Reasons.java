package org.koppel.admin;

import java.util.ArrayList;
import java.util.List;
import org.koppel.conversation.Button;
import org.koppel.i18n.Texts;

/**
 * Why a coordinator suspends someone or takes back a volunteer's approval. Chosen from a fixed
 * list so the person reads it in their own language, whatever language the coordinator uses.
 */
final class Reasons {
    static final List<String> CODES = List.of("conduct", "safety", "unresponsive", "profile", "other");

    private Reasons() {
    }

    static boolean known(String code) {
        return CODES.contains(code);
    }

    /** One button per reason, with the given action prefix, and a way back. */
    static List<List<Button>> buttons(String prefix, Texts t) {
        List<List<Button>> rows = new ArrayList<>();
        for (String code : CODES) {
            rows.add(List.of(new Button(t.t("reason." + code), prefix + code)));
        }
        rows.add(List.of(new Button(t.t("button.back"), "back")));
        return rows;
    }
}
