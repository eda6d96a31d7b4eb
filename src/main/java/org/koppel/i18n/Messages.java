package org.koppel.i18n;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.MessagePattern;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.koppel.config.ConfigException;
import org.koppel.config.Language;
import org.koppel.config.Settings;

/** messages/<code>.json for every configured language, checked to hold the same keys and placeholders. */
public final class Messages {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    private final Map<String, Texts> byLanguage;
    private final String fallback;

    private Messages(Map<String, Texts> byLanguage, String fallback) {
        this.byLanguage = byLanguage;
        this.fallback = fallback;
    }

    public static Messages load(Path dir, Settings settings) {
        ObjectMapper json = new ObjectMapper();
        Map<String, Map<String, String>> raw = new LinkedHashMap<>();
        for (Language l : settings.languages()) {
            Path file = dir.resolve(l.code() + ".json");
            if (!Files.isRegularFile(file)) {
                throw new ConfigException("messages/" + l.code() + ".json is missing (language " + l.code()
                        + " is listed in config/settings.json)");
            }
            try {
                raw.put(l.code(), json.readValue(file.toFile(), new TypeReference<LinkedHashMap<String, String>>() { }));
            } catch (IOException e) {
                throw new ConfigException("messages/" + l.code() + ".json cannot be read: " + e.getMessage(), e);
            }
        }
        checkConsistent(raw, settings.defaultLanguage());
        Map<String, Texts> texts = new LinkedHashMap<>();
        for (Language l : settings.languages()) {
            texts.put(l.code(), new Texts(l.code(), l.rtl(), Map.copyOf(raw.get(l.code()))));
        }
        return new Messages(texts, settings.defaultLanguage());
    }

    /** The texts of a language, or of the default language when it is not configured. */
    public Texts of(String language) {
        Texts t = byLanguage.get(language);
        return t != null ? t : byLanguage.get(fallback);
    }

    public Set<String> languages() {
        return byLanguage.keySet();
    }

    static void checkConsistent(Map<String, Map<String, String>> raw, String reference) {
        Map<String, String> ref = raw.get(reference);
        for (var entry : raw.entrySet()) {
            String file = "messages/" + entry.getKey() + ".json";
            Map<String, String> other = entry.getValue();
            Set<String> missing = new TreeSet<>(ref.keySet());
            missing.removeAll(other.keySet());
            Set<String> extra = new TreeSet<>(other.keySet());
            extra.removeAll(ref.keySet());
            if (!missing.isEmpty() || !extra.isEmpty()) {
                throw new ConfigException(file + ": keys differ from messages/" + reference + ".json; missing "
                        + missing + ", extra " + extra);
            }
            for (var kv : ref.entrySet()) {
                String text = other.get(kv.getKey());
                if (text == null || text.isBlank()) {
                    throw new ConfigException(file + ": " + kv.getKey() + " is empty");
                }
                if (Texts.plural(text)) {
                    PluralForms.check(file, entry.getKey(), kv.getKey(), text);
                }
                if (!placeholders(kv.getValue()).equals(placeholders(text))) {
                    throw new ConfigException(file + ": " + kv.getKey() + " has placeholders " + placeholders(text)
                            + " but messages/" + reference + ".json has " + placeholders(kv.getValue()));
                }
            }
        }
    }

    static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        if (Texts.plural(text)) {
            // sub-messages hold braces of their own ("other {# members}"): only ICU's parser tells names apart
            MessagePattern pattern = new MessagePattern(text);
            for (int i = 0; i < pattern.countParts(); i++) {
                if (pattern.getPartType(i) == MessagePattern.Part.Type.ARG_NAME) {
                    names.add(pattern.getSubstring(pattern.getPart(i)));
                }
            }
            return names;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
