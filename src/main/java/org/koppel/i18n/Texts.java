package org.koppel.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
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
        if (plural(template)) {
            return counted(template, nameValuePairs);
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

    /**
     * A whole message: in a right-to-left language every line starts with a right-to-left mark.
     * Telegram sets each line's direction by its first strong character, so a line that begins with
     * a Latin name, a command, a number or a CEFR level would otherwise turn left-to-right.
     */
    public String message(String body) {
        if (!rtl || body.isEmpty()) {
            return body;
        }
        String[] lines = body.split("\n", -1);
        StringBuilder out = new StringBuilder(body.length() + lines.length);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            if (!lines[i].isEmpty() && lines[i].charAt(0) != RLM) {
                out.append(RLM);
            }
            out.append(lines[i]);
        }
        return out.toString();
    }

    /** Whether a text counts something in ICU's form: {members, plural, one {# member} other {# members}}. */
    static boolean plural(String template) {
        return template.contains(", plural,");
    }

    /**
     * A counted text through ICU's MessageFormat, so each language's own plural rules pick the form.
     * Digits stay Latin (-u-nu-latn) like every other number the bot writes, in Arabic and Farsi too.
     */
    private String counted(String template, Object[] pairs) {
        Map<String, Object> args = new HashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            args.put(String.valueOf(pairs[i]), v instanceof Number ? v : isolate(String.valueOf(v)));
        }
        return new MessageFormat(template, locale()).format(args);
    }

    ULocale locale() {
        return ULocale.forLanguageTag(language + "-u-nu-latn");
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
