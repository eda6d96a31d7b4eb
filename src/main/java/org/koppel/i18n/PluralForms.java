package org.koppel.i18n;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.Set;
import java.util.TreeSet;
import org.koppel.config.ConfigException;

/**
 * Checks a counted text against its language's plural rules (CLDR through ICU): every form the
 * language has must be written, or a translator's missing "few" would print the "other" form for
 * three people in Russian. Checked when the files load, so an edited file fails at start, not in a chat.
 */
final class PluralForms {
    private PluralForms() {
    }

    static void check(String file, String language, String key, String text) {
        MessagePattern pattern;
        try {
            pattern = new MessagePattern(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file + ": " + key + " is not a valid counted text (" + e.getMessage() + ")", e);
        }
        Set<String> needed = new TreeSet<>(PluralRules.forLocale(ULocale.forLanguageTag(language)).getKeywords());
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START
                    && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                Set<String> written = selectors(pattern, i);
                Set<String> missing = new TreeSet<>(needed);
                missing.removeAll(written);
                if (!missing.isEmpty()) {
                    throw new ConfigException(file + ": " + key + " lacks the plural forms " + missing + "; this language"
                            + " needs " + needed + " (CLDR plural rules)");
                }
            }
        }
    }

    /** The forms written directly in the plural argument starting at part index start (not in nested ones). */
    private static Set<String> selectors(MessagePattern pattern, int start) {
        Set<String> out = new TreeSet<>();
        int limit = pattern.getLimitPartIndex(start);
        for (int i = start + 1; i < limit; i++) {
            MessagePattern.Part p = pattern.getPart(i);
            if (p.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                out.add(pattern.getSubstring(p));
            } else if (p.getType() == MessagePattern.Part.Type.MSG_START) {
                i = pattern.getLimitPartIndex(i);
            }
        }
        return out;
    }
}
