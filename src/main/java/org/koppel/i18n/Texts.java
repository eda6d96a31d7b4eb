package org.koppel.i18n;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of one language. Values inserted into right-to-left texts are wrapped in Unicode
 * isolates so a Latin name inside Arabic keeps its own direction and does not reorder the
 * sentence around it.
 */
public final class Texts {
    static final char RLM = '\u200F';
    static final char FSI = '\u2068';
    static final char PDI = '\u2069';
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private final String language;
    private final boolean rtl;
    private final Map<String, String> texts;

    Texts(String language, boolean rtl, Map<String, String> texts) {
        this.language = language;
        this.rtl = rtl;
        this.texts = texts;
    }

    public String language() {
        return language;
    }

    public boolean rtl() {
        return rtl;
    }

    /** The text for key with {name} placeholders filled from alternating name, value pairs. */
    public String t(String key, Object... nameValuePairs) {
        String template = texts.get(key);
        if (template == null) {
            throw new IllegalArgumentException("no text for key " + key + " in " + language);
        }
        if (nameValuePairs.length == 0) {
            return template;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(isolate(value(m.group(1), nameValuePairs))));
        }
        m.appendTail(out);
        return out.toString();
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** A value written into a text of this language, isolated when the text runs right to left. */
    public String isolate(String value) {
        return rtl ? FSI + value + PDI : value;
    }

    /** A whole message: right-to-left texts start with a right-to-left mark so apps align them. */
    public String message(String body) {
        return rtl && !body.isEmpty() && body.charAt(0) != RLM ? RLM + body : body;
    }

    private static String value(String name, Object[] pairs) {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (name.equals(pairs[i])) {
                return String.valueOf(pairs[i + 1]);
            }
        }
        return "{" + name + "}";
    }
}
