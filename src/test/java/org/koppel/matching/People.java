package org.koppel.matching;

import java.time.Instant;
import java.util.Set;

/**
 * Builders for test seekers and volunteers. By default the two are an eligible pair that shares
 * only English and the region nl-zh, so a test adds just what it is about.
 */
final class People {
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private People() {}

    static S seeker() {
        return new S();
    }

    static V volunteer(long id) {
        return new V(id);
    }

    static final class S {
        long id = 1;
        String region = "nl-zh";
        String mode = "either";
        Set<String> sectors = Set.of();
        Set<String> skills = Set.of();
        Set<String> goals = Set.of();
        Set<String> languages = Set.of("en");
        Set<String> availability = Set.of();
        Instant waitingSince = NOW;

        S id(long v) { id = v; return this; }
        S region(String v) { region = v; return this; }
        S mode(String v) { mode = v; return this; }
        S sectors(String... v) { sectors = Set.of(v); return this; }
        S skills(String... v) { skills = Set.of(v); return this; }
        S goals(String... v) { goals = Set.of(v); return this; }
        S languages(String... v) { languages = Set.of(v); return this; }
        S availability(String... v) { availability = Set.of(v); return this; }
        S waitingSince(Instant v) { waitingSince = v; return this; }

        Seeker build() {
            return new Seeker(id, region, mode, sectors, skills, goals, languages, availability, waitingSince);
        }
    }

    static final class V {
        final long id;
        String region = "nl-zh";
        String mode = "either";
        Set<String> sectors = Set.of();
        Set<String> skills = Set.of();
        Set<String> offers = Set.of();
        Set<String> languages = Set.of("en");
        Set<String> availability = Set.of();
        int capacity = 2;
        int thisMonth;
        int last90Days;
        boolean approved = true;
        boolean paused;

        V(long id) { this.id = id; }
        V region(String v) { region = v; return this; }
        V mode(String v) { mode = v; return this; }
        V sectors(String... v) { sectors = Set.of(v); return this; }
        V skills(String... v) { skills = Set.of(v); return this; }
        V offers(String... v) { offers = Set.of(v); return this; }
        V languages(String... v) { languages = Set.of(v); return this; }
        V availability(String... v) { availability = Set.of(v); return this; }
        V capacity(int monthly, int usedThisMonth) { capacity = monthly; thisMonth = usedThisMonth; return this; }
        V last90Days(int v) { last90Days = v; return this; }
        V approved(boolean v) { approved = v; return this; }
        V paused(boolean v) { paused = v; return this; }

        Volunteer build() {
            return new Volunteer(id, region, mode, sectors, skills, offers, languages, availability, capacity,
                    thisMonth, last90Days, approved, paused);
        }
    }
}
