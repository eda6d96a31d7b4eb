package org.koppel.stats;

import java.util.Locale;

/** How far a newcomer came, in order; each stage's label is stats.stage.&lt;code&gt;. */
public enum Stage {
    STARTED, CONSENTED, PROFILE, ASKED, MATCHED, MET, WORK, PLACEMENT, STUDY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return "stats.stage." + code();
    }
}
