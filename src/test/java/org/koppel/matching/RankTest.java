package org.koppel.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koppel.matching.People.NOW;
import static org.koppel.matching.People.seeker;
import static org.koppel.matching.People.volunteer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** rank: only eligible volunteers, best first, at most limit, the same order whatever the input order. */
final class RankTest {
    private static final Seeker AMIRA = seeker().sectors("healthcare").goals("job").build();

    private static List<Long> ids(List<Match> matches) {
        return matches.stream().map(m -> m.volunteer().id()).toList();
    }

    @Test
    void noCandidatesGivesAnEmptyList() {
        assertEquals(List.of(), Matching.rank(AMIRA, List.of(), History.none(), NOW, 10));
    }

    @Test
    void onlyIneligibleCandidatesGivesAnEmptyList() {
        List<Volunteer> all = List.of(volunteer(1).paused(true).build(), volunteer(2).languages("de").build());
        assertEquals(List.of(), Matching.rank(AMIRA, all, History.none(), NOW, 10));
    }

    @Test
    void ineligibleVolunteersAreLeftOutEvenWhenTheyWouldScoreBest() {
        List<Volunteer> all = List.of(volunteer(1).sectors("healthcare").offers("cv").approved(false).build(),
                volunteer(2).build(), volunteer(3).sectors("healthcare").build(),
                volunteer(4).sectors("healthcare").offers("cv").build());
        History h = new History(Set.of(4L), Set.of());
        assertEquals(List.of(3L, 2L), ids(Matching.rank(AMIRA, all, h, NOW, 10)));
    }

    @Test
    void theListStopsAtTheLimitAndKeepsTheBest() {
        List<Volunteer> all = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            all.add(volunteer(i).last90Days(20 - i).build());
        }
        assertEquals(List.of(20L, 19L, 18L), ids(Matching.rank(AMIRA, all, History.none(), NOW, 3)));
        assertEquals(List.of(), Matching.rank(AMIRA, all, History.none(), NOW, 0));
        assertEquals(20, Matching.rank(AMIRA, all, History.none(), NOW, Integer.MAX_VALUE).size());
        assertThrows(IllegalArgumentException.class, () -> Matching.rank(AMIRA, all, History.none(), NOW, -1));
    }

    @Test
    void equalScoresGoToTheVolunteerWithFewerRecentMeetings() {
        // 1/(1+1) + 0.5*1/2 = 0.75 = 1/(1+3) + 0.5*1/1: the load parts trade off exactly.
        Volunteer fewer = volunteer(9).last90Days(1).capacity(2, 1).build();
        Volunteer more = volunteer(5).last90Days(3).capacity(1, 0).build();
        List<Match> ranked = Matching.rank(AMIRA, List.of(more, fewer), History.none(), NOW, 2);
        assertEquals(ranked.get(0).score(), ranked.get(1).score());
        assertEquals(List.of(9L, 5L), ids(ranked));
    }

    @Test
    void equalScoresAndLoadGoToTheLowerIdWhateverTheInputOrder() {
        List<Volunteer> all = new ArrayList<>();
        for (long id : new long[] {7, 3, 11, 5}) {
            all.add(volunteer(id).build());
        }
        assertEquals(List.of(3L, 5L, 7L, 11L), ids(Matching.rank(AMIRA, all, History.none(), NOW, 4)));
        Collections.reverse(all);
        assertEquals(List.of(3L, 5L), ids(Matching.rank(AMIRA, all, History.none(), NOW, 2)));
    }

    @Test
    void theTopFewAreThoseOfTheFullRankingAndTheOrderIgnoresInputOrder() {
        Random random = new Random(7);
        String[] sectors = {"healthcare", "care", "ict", "finance"};
        String[] offers = {"cv", "interview", "introductions", "sector_advice", "shadowing"};
        String[] slots = {"weekday_morning", "weekday_afternoon", "weekday_evening", "weekend"};
        List<Volunteer> all = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            all.add(volunteer(i).sectors(sectors[random.nextInt(4)]).offers(offers[random.nextInt(5)])
                    .availability(slots[random.nextInt(4)]).region(random.nextBoolean() ? "nl-zh" : "nl-ut")
                    .mode(random.nextInt(4) == 0 ? "in_person" : "either").last90Days(random.nextInt(4))
                    .capacity(2, random.nextInt(3)).paused(random.nextInt(10) == 0).build());
        }
        Seeker s = seeker().sectors("care").goals("placement").availability("weekend").mode("in_person").build();
        History h = new History(Set.of(1L, 2L, 3L), Set.of(40L));

        List<Match> full = Matching.rank(s, all, h, NOW, Integer.MAX_VALUE);
        long eligible = all.stream().filter(v -> Matching.excludedBy(s, v, h).isEmpty()).count();
        assertEquals(eligible, full.size());
        for (int i = 1; i < full.size(); i++) {
            assertTrue(full.get(i - 1).score() >= full.get(i).score(), "sorted at " + i);
        }
        List<Match> top = Matching.rank(s, all, h, NOW, 25);
        assertEquals(ids(full.subList(0, 25)), ids(top));
        Collections.shuffle(all, random);
        assertEquals(ids(top), ids(Matching.rank(s, all, h, NOW, 25)));
    }
}
