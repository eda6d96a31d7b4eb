package org.koppel.stats;

import java.util.Set;

/** How many of a group of newcomers reached each stage. */
public record Funnel(int started, int consented, int profile, int asked, int matched, int met, int work,
                     int placement, int study) {
    public static final Funnel EMPTY = new Funnel(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public int count(Stage s) {
        return switch (s) {
            case STARTED -> started;
            case CONSENTED -> consented;
            case PROFILE -> profile;
            case ASKED -> asked;
            case MATCHED -> matched;
            case MET -> met;
            case WORK -> work;
            case PLACEMENT -> placement;
            case STUDY -> study;
        };
    }

    /** This group with one more person who reached these stages. */
    Funnel plus(Set<Stage> reached) {
        return new Funnel(started + one(reached, Stage.STARTED), consented + one(reached, Stage.CONSENTED),
                profile + one(reached, Stage.PROFILE), asked + one(reached, Stage.ASKED),
                matched + one(reached, Stage.MATCHED), met + one(reached, Stage.MET), work + one(reached, Stage.WORK),
                placement + one(reached, Stage.PLACEMENT), study + one(reached, Stage.STUDY));
    }

    /** Two groups together. */
    Funnel plus(Funnel o) {
        return new Funnel(started + o.started, consented + o.consented, profile + o.profile, asked + o.asked,
                matched + o.matched, met + o.met, work + o.work, placement + o.placement, study + o.study);
    }

    private static int one(Set<Stage> reached, Stage s) {
        return reached.contains(s) ? 1 : 0;
    }
}
