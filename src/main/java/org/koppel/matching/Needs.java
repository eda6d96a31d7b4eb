package org.koppel.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One seeker flattened once per ranking: sorted arrays instead of sets (no iterator per
 * candidate, and reasons come out sorted for free), the goals turned into the offers that serve
 * them, and the history as sorted ids so a lookup does not box a long.
 */
final class Needs {
    /** The volunteer offers that serve each newcomer goal (a job: a CV, interview practice, introductions). */
    static final Map<String, List<String>> OFFERS_FOR_GOAL = Map.of(
            "job", List.of("cv", "interview", "introductions"),
            "placement", List.of("introductions", "shadowing"),
            "study", List.of("sector_advice"),
            "volunteer", List.of("introductions"),
            "network", List.of("introductions", "sector_advice"));

    final Seeker seeker;
    final String[] sectors;
    final String[] skills;
    final String[] languages;
    final String[] availability;
    final boolean inPerson;
    final boolean video;
    /** Every offer that serves at least one of the seeker's goals, sorted. */
    final String[] offers;
    /** One entry per known goal of the seeker: bit i set when {@code offers[i]} serves it. */
    final int[] goalMasks;
    final long[] pairedBefore;
    final long[] blocked;

    Needs(Seeker s, History h) {
        seeker = s;
        sectors = sorted(s.sectors());
        skills = sorted(s.skills());
        languages = sorted(s.languages());
        availability = sorted(s.availability());
        inPerson = Modes.inPerson(s.region(), s.mode());
        video = Modes.video(s.region(), s.mode());
        TreeSet<String> wanted = new TreeSet<>();
        for (String goal : s.goals()) {
            wanted.addAll(OFFERS_FOR_GOAL.getOrDefault(goal, List.of()));
        }
        offers = wanted.toArray(String[]::new);
        List<Integer> masks = new ArrayList<>();
        for (String goal : s.goals()) {
            int mask = 0;
            for (String offer : OFFERS_FOR_GOAL.getOrDefault(goal, List.of())) {
                mask |= 1 << Arrays.binarySearch(offers, offer);
            }
            if (mask != 0) {
                masks.add(mask);
            }
        }
        goalMasks = masks.stream().mapToInt(Integer::intValue).toArray();
        pairedBefore = ids(h.pairedBefore());
        blocked = ids(h.blocked());
    }

    /** Bit i set when the volunteer offers {@code offers[i]}. */
    int offerMask(Volunteer v) {
        Set<String> theirs = v.offers();
        int mask = 0;
        for (int i = 0; i < offers.length; i++) {
            if (theirs.contains(offers[i])) {
                mask |= 1 << i;
            }
        }
        return mask;
    }

    static boolean sharesAny(String[] mine, Set<String> theirs) {
        for (String code : mine) {
            if (theirs.contains(code)) {
                return true;
            }
        }
        return false;
    }

    static int shared(String[] mine, Set<String> theirs) {
        int n = 0;
        for (String code : mine) {
            if (theirs.contains(code)) {
                n++;
            }
        }
        return n;
    }

    private static String[] sorted(Set<String> codes) {
        String[] a = codes.toArray(String[]::new);
        Arrays.sort(a);
        return a;
    }

    private static long[] ids(Set<Long> ids) {
        long[] a = ids.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return a;
    }
}
