package org.koppel.salon;

import org.koppel.i18n.Texts;
import org.koppel.profile.ProfileData;
import org.koppel.profile.ProfileQuestions;
import org.koppel.questions.Summary;

/** What an organisation sees of a newcomer who left their profile: never surname, username or phone. */
final class ShortProfile {
    private ShortProfile() {
    }

    /** The short profile when they have one, else the first name and line they typed at the stand. */
    static String text(ProfileData profile, String name, String note, Texts t) {
        String lines = profile != null ? Summary.linesFor(profile, t, ProfileQuestions.SHORT, null).strip()
                : t.t("salon.profile_typed", "name", name == null ? "?" : name);
        return note == null || note.isBlank() ? lines : lines + "\n" + t.t("salon.profile_note", "note", note);
    }
}
