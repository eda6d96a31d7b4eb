package org.koppel.language;

import java.util.ArrayList;
import java.util.List;
import org.koppel.config.Language;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Say;
import org.koppel.conversation.SetLanguage;

/** The language picker: each language named in its own script, two to a row. */
public final class LanguagePicker {
    public static final String ACTION = "lang:";

    private LanguagePicker() {
    }

    public static Say say(Context ctx) {
        List<Language> languages = ctx.config().settings().languages();
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < languages.size(); i += 2) {
            List<Button> row = new ArrayList<>();
            for (Language l : languages.subList(i, Math.min(i + 2, languages.size()))) {
                row.add(new Button(l.name(), ACTION + l.code()));
            }
            rows.add(List.copyOf(row));
        }
        return new Say(ctx.texts().t("language.prompt"), List.copyOf(rows));
    }

    /** The language a picker's action chooses, or null for one the bot does not speak. */
    public static String chosen(String action, Context ctx) {
        if (!action.startsWith(ACTION)) {
            return null;
        }
        String code = action.substring(ACTION.length());
        return ctx.config().settings().supports(code) ? code : null;
    }

    /** Switches to the language and says so in it; the context of what follows is returned in it. */
    public static List<org.koppel.conversation.Effect> choose(String code, Context ctx) {
        Context now = ctx.speaking(code);
        String name = ctx.config().settings().language(code).orElseThrow().name();
        return List.of(new SetLanguage(code), new Say(now.texts().t("language.changed", "language", name)));
    }
}
