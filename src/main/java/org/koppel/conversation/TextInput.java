package org.koppel.conversation;

/**
 * Cleaning of typed text. Control characters go (newlines stay in free text), and so do the
 * Unicode direction overrides and isolates: a name carrying them could reorder the text around it
 * when shown to someone else.
 */
public final class TextInput {
    private TextInput() {
    }

    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().forEach(cp -> {
            if (cp == '\n' || !(Character.getType(cp) == Character.CONTROL || isDirectionControl(cp))) {
                out.appendCodePoint(cp == '\t' ? ' ' : cp);
            }
        });
        return out.toString().strip();
    }

    /** A name: one line, inner runs of spaces collapsed. */
    public static String cleanName(String raw) {
        return clean(raw == null ? null : raw.replace('\n', ' ').replace('\t', ' ')).replaceAll("\\s+", " ");
    }

    /** Whether a cleaned name has at least one letter in any script. */
    public static boolean hasLetter(String name) {
        return name.codePoints().anyMatch(Character::isLetter);
    }

    /** Length as a person counts it: characters, not UTF-16 units. */
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private static boolean isDirectionControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
                || cp == 0x061C;
    }
}
