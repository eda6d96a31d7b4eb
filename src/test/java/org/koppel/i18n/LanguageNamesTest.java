package org.koppel.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.koppel.config.Config;
import org.koppel.config.Language;

/** Language codes are never shown: every language the bot can name has a name in every language. */
final class LanguageNamesTest {
    private static final Config CONFIG = Config.load(Path.of("config"));
    private static final Messages MESSAGES = Messages.load(Path.of("messages"), CONFIG.settings());

    /**
     * Matching counts the bot's language as spoken and Dutch from B1, and the reasons name them:
     * each needs a label, or the volunteer would read a code such as "ti" instead of its name.
     */
    @Test
    void everyLanguageMatchingCanNameHasALabelInEveryFile() {
        List<String> codes = CONFIG.settings().languages().stream().map(Language::code).toList();
        Set<String> named = new TreeSet<>(CONFIG.settings().spokenLanguages());
        named.addAll(codes);
        named.add("nl");
        List<String> missing = new ArrayList<>();
        for (String code : codes) {
            for (String spoken : named) {
                if (!MESSAGES.of(code).has("spoken." + spoken)) {
                    missing.add(code + " spoken." + spoken);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyBotLanguageIsNamedInItsOwnScriptInTheSettings() {
        for (Language l : CONFIG.settings().languages()) {
            assertEquals(false, l.name().equalsIgnoreCase(l.code()), l.code());
        }
        assertEquals("ትግርኛ", CONFIG.settings().language("ti").orElseThrow().name());
    }
}
