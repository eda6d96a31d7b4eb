package org.koppel.i18n;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koppel.config.Config;

/**
 * The role buttons are the first thing a person chooses: where a language marks the speaker's
 * gender they use a neutral wording (a verb, "I have a profession") or both forms, never only the
 * masculine (the Arabic "I am new" read "أنا جديد" for everyone).
 */
final class RoleTextsTest {
    private static final Messages MESSAGES = Messages.load(Path.of("messages"),
            Config.load(Path.of("config")).settings());

    /** Wordings that name the reader in the masculine only, per language. */
    private static final Map<String, List<String>> MASCULINE_ONLY = Map.of(
            "ar", List.of("أنا جديد ", "أنا مهنيّ "),
            "ps", List.of("زه نوی راغلی یم"),
            "uk", List.of("Я фахівець"),
            "ru", List.of("Я специалист"));

    @Test
    void theRoleChoiceDoesNotAssumeTheReadersGender() {
        for (var e : MASCULINE_ONLY.entrySet()) {
            Texts t = MESSAGES.of(e.getKey());
            for (String key : List.of("role.newcomer", "role.volunteer")) {
                for (String masculine : e.getValue()) {
                    assertFalse(t.t(key).startsWith(masculine.strip()) && !t.t(key).contains("/"),
                            e.getKey() + " " + key + ": " + t.t(key));
                }
            }
        }
    }
}
