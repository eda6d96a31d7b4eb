package org.koppel.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koppel.matching.People.NOW;
import static org.koppel.matching.People.seeker;
import static org.koppel.matching.People.volunteer;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each soft part moves a volunteer up when everything else is equal, in the direction the product asks. */
final class ScoreTest {

    private static double score(Seeker s, People.V v) {
        return Matching.rank(s, List.of(v.build()), History.none(), NOW, 1).get(0).score();
    }

    private static List<Long> order(Seeker s, People.V... vs) {
        List<Volunteer> all = java.util.Arrays.stream(vs).map(People.V::build).toList();
        return Matching.rank(s, all, History.none(), NOW, vs.length).stream().map(m -> m.volunteer().id()).toList();
    }

    @Test
    void aVolunteerInTheNewcomersSectorRanksAboveOneOutsideItAndTwoSharedSectorsAboveOne() {
        Seeker s = seeker().sectors("healthcare", "care").build();
        assertEquals(List.of(3L, 2L, 1L), order(s, volunteer(1).sectors("ict"), volunteer(2).sectors("care"),
                volunteer(3).sectors("care", "healthcare")));
    }

    @Test
    void aSharedSkillRanksAboveNone() {
        Seeker s = seeker().sectors("healthcare").skills("nursing", "midwifery").build();
        assertEquals(List.of(2L, 1L), order(s, volunteer(1).sectors("healthcare").skills("pharmacy"),
                volunteer(2).sectors("healthcare").skills("midwifery")));
    }

    @Test
    void offersThatServeTheNewcomersGoalsRankAboveOffersThatDoNot() {
        Seeker wantsStudy = seeker().goals("study").build();
        assertEquals(List.of(2L, 1L), order(wantsStudy, volunteer(1).offers("cv", "interview", "shadowing"),
                volunteer(2).offers("sector_advice")));
    }

    @Test
    void anOfferServingTwoGoalsRanksAboveOneServingOneGoal() {
        Seeker s = seeker().goals("job", "placement").build();
        assertEquals(List.of(2L, 1L), order(s, volunteer(1).offers("cv", "interview"),
                volunteer(2).offers("introductions")));
    }

    @Test
    void moreSharedTimeSlotsRankHigher() {
        Seeker s = seeker().availability("weekday_evening", "weekend").build();
        assertEquals(List.of(3L, 2L, 1L), order(s, volunteer(1).availability("weekday_morning"),
                volunteer(2).availability("weekend", "weekday_morning"),
                volunteer(3).availability("weekend", "weekday_evening")));
    }

    @Test
    void livingInTheSameRegionRanksAboveAnotherRegion() {
        Seeker s = seeker().region("nl-zh").build();
        assertEquals(List.of(2L, 1L), order(s, volunteer(1).region("nl-ut"), volunteer(2).region("nl-zh")));
    }

    @Test
    void aVolunteerWithFewerRecentMeetingsRanksHigher() {
        assertEquals(List.of(3L, 2L, 1L), order(seeker().build(), volunteer(1).last90Days(9),
                volunteer(2).last90Days(4), volunteer(3).last90Days(0)));
    }

    @Test
    void aVolunteerWithMoreOfTheMonthLeftRanksHigher() {
        assertEquals(List.of(3L, 2L, 1L), order(seeker().build(), volunteer(1).capacity(4, 3),
                volunteer(2).capacity(4, 1), volunteer(3).capacity(4, 0)));
    }

    @Test
    void aBusyVolunteerInTheNewcomersSectorStillBeatsAnIdleOneOutsideIt() {
        Seeker s = seeker().sectors("ict").build();
        assertEquals(List.of(1L, 2L), order(s, volunteer(1).sectors("ict").last90Days(12).capacity(5, 4),
                volunteer(2).sectors("finance").last90Days(0).capacity(5, 0)));
    }

    @Test
    void waitingLongerRaisesTheScoreEquallyForEveryVolunteerUpToTwoWeeks() {
        People.V near = volunteer(1).sectors("ict");
        People.V far = volunteer(2).region("nl-ut");
        Seeker fresh = seeker().sectors("ict").waitingSince(NOW).build();
        Seeker week = seeker().sectors("ict").waitingSince(NOW.minus(Duration.ofDays(7))).build();
        Seeker twoWeeks = seeker().sectors("ict").waitingSince(NOW.minus(Duration.ofDays(14))).build();
        Seeker month = seeker().sectors("ict").waitingSince(NOW.minus(Duration.ofDays(30))).build();

        assertTrue(score(week, near) > score(fresh, near));
        assertTrue(score(twoWeeks, near) > score(week, near));
        assertEquals(score(twoWeeks, near), score(month, near));
        assertEquals(score(week, near) - score(fresh, near), score(week, far) - score(fresh, far), 1e-9);
    }

    @Test
    void aWaitingTimeInTheFutureCountsAsNoWait() {
        Seeker future = seeker().waitingSince(NOW.plus(Duration.ofDays(3))).build();
        assertEquals(score(seeker().build(), volunteer(1)), score(future, volunteer(1)));
    }

    @Test
    void theSameInputAlwaysGivesTheSameScore() {
        Seeker s = seeker().sectors("ict").skills("networks").goals("job").availability("weekend").build();
        People.V v = volunteer(1).sectors("ict").skills("networks").offers("cv").availability("weekend").last90Days(3);
        assertEquals(score(s, v), score(s, v));
    }
}
