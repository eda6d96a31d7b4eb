package org.koppel.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The reasons behind a proposal; built only for the few volunteers returned, never in the loop. */
final class Explain {
    private Explain() {}

    static List<Reason> reasons(Needs n, Volunteer v) {
        List<Reason> out = new ArrayList<>(6);
        add(out, Reason.SECTOR, shared(n.sectors, v.sectors()));
        add(out, Reason.SKILL, shared(n.skills, v.skills()));
        add(out, Reason.OFFER, shared(n.offers, v.offers()));
        add(out, Reason.LANGUAGE, shared(n.languages, v.languages()));
        if (Score.sameRegion(n.seeker, v)) {
            add(out, Reason.REGION, List.of(v.region()));
        }
        add(out, Reason.TIME, shared(n.availability, v.availability()));
        return out;
    }

    private static void add(List<Reason> out, String key, List<String> codes) {
        if (!codes.isEmpty()) {
            out.add(new Reason(key, codes));
        }
    }

    /** The seeker's codes the volunteer also has; sorted because the seeker's arrays are. */
    private static List<String> shared(String[] mine, Set<String> theirs) {
        List<String> both = new ArrayList<>();
        for (String code : mine) {
            if (theirs.contains(code)) {
                both.add(code);
            }
        }
        return both;
    }
}
