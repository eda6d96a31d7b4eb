package org.koppel.flow;

import java.util.ArrayList;
import java.util.List;
import org.koppel.config.Language;

/**
 * The language picker: each language named in its own script. Its buttons carry "lang:code",
 * which the engine handles in any state before passing {@link Input.LanguageChosen} to the flow.
 */
public final class LanguagePicker {
    public static final String ACTION = "lang:";

    private LanguagePicker() {
    }

    public static Say say(FlowContext ctx) {
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
}
