package org.koppel.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.koppel.matching.People.seeker;
import static org.koppel.matching.People.volunteer;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each hard rule excludes on its own, and the nearest case that keeps to it is not excluded. */
final class HardRulesTest {
    private static final Seeker AMIRA = seeker().build();
    private static final History NONE = History.none();

    private static Optional<Rule> check(People.V v) {
        return Matching.excludedBy(AMIRA, v.build(), NONE);
    }

    @Test
    void anUnapprovedVolunteerIsExcludedAndOnceApprovedIsNot() {
        assertEquals(Optional.of(Rule.APPROVED), check(volunteer(2).approved(false)));
        assertEquals(Optional.empty(), check(volunteer(2).approved(true)));
    }

    @Test
    void aPausedVolunteerIsExcludedAndAfterResumingIsNot() {
        assertEquals(Optional.of(Rule.NOT_PAUSED), check(volunteer(2).paused(true)));
        assertEquals(Optional.empty(), check(volunteer(2).paused(false)));
    }

    @Test
    void aVolunteerWithAFullMonthIsExcludedButOneMeetingShortIsNot() {
        assertEquals(Optional.of(Rule.CAPACITY), check(volunteer(2).capacity(3, 3)));
        assertEquals(Optional.of(Rule.CAPACITY), check(volunteer(2).capacity(0, 0)));
        assertEquals(Optional.empty(), check(volunteer(2).capacity(3, 2)));
    }

    @Test
    void withoutACommonLanguageTheVolunteerIsExcludedButOneSharedLanguageIsEnough() {
        Seeker speaksArabicAndDutch = seeker().languages("ar", "nl").build();
        Volunteer english = volunteer(2).languages("en", "de").build();
        Volunteer englishAndDutch = volunteer(3).languages("en", "nl").build();
        assertEquals(Optional.of(Rule.SHARED_LANGUAGE), Matching.excludedBy(speaksArabicAndDutch, english, NONE));
        assertEquals(Optional.empty(), Matching.excludedBy(speaksArabicAndDutch, englishAndDutch, NONE));
    }

    @Test
    void anInPersonOnlyNewcomerCannotMeetAVideoOnlyVolunteerButCanMeetOneWhoAcceptsEither() {
        Seeker inPerson = seeker().mode("in_person").build();
        assertEquals(Optional.of(Rule.MODE_COMPATIBLE),
                Matching.excludedBy(inPerson, volunteer(2).mode("video").build(), NONE));
        assertEquals(Optional.empty(), Matching.excludedBy(inPerson, volunteer(2).mode("either").build(), NONE));
    }

    @Test
    void inPersonOnlyPairsInDifferentRegionsAreExcludedButTheSameRegionIsFine() {
        Seeker inPerson = seeker().mode("in_person").region("nl-zh").build();
        assertEquals(Optional.of(Rule.SAME_REGION_IN_PERSON),
                Matching.excludedBy(inPerson, volunteer(2).mode("either").region("nl-ut").build(), NONE));
        assertEquals(Optional.empty(),
                Matching.excludedBy(inPerson, volunteer(2).mode("either").region("nl-zh").build(), NONE));
    }

    @Test
    void aVolunteerPairedBeforeIsExcludedButAnotherVolunteerIsNot() {
        History pairedWith2 = new History(Set.of(2L), Set.of());
        assertEquals(Optional.of(Rule.NOT_PAIRED_BEFORE), Matching.excludedBy(AMIRA, volunteer(2).build(), pairedWith2));
        assertEquals(Optional.empty(), Matching.excludedBy(AMIRA, volunteer(3).build(), pairedWith2));
    }

    @Test
    void aBlockedVolunteerIsExcludedButAnotherVolunteerIsNot() {
        History blocked2 = new History(Set.of(), Set.of(2L, 900_000_000_000L));
        assertEquals(Optional.of(Rule.NOT_BLOCKED), Matching.excludedBy(AMIRA, volunteer(2).build(), blocked2));
        assertEquals(Optional.of(Rule.NOT_BLOCKED),
                Matching.excludedBy(AMIRA, volunteer(900_000_000_000L).build(), blocked2));
        assertEquals(Optional.empty(), Matching.excludedBy(AMIRA, volunteer(3).build(), blocked2));
    }

    @Test
    void whenSeveralRulesAreBrokenTheFirstInRuleOrderIsNamed() {
        History both = new History(Set.of(2L), Set.of(2L));
        Volunteer everythingWrong = volunteer(2).approved(false).paused(true).capacity(1, 1).languages("de")
                .mode("video").build();
        assertEquals(Optional.of(Rule.APPROVED), Matching.excludedBy(seeker().mode("in_person").build(),
                everythingWrong, both));
        assertEquals(Optional.of(Rule.CAPACITY),
                Matching.excludedBy(AMIRA, volunteer(2).paused(false).capacity(1, 1).languages("de").build(), both));
        assertEquals(Optional.of(Rule.NOT_PAIRED_BEFORE), Matching.excludedBy(AMIRA, volunteer(2).build(), both));
    }

    @Test
    void anUnknownMeetingModeIsRefusedWhenTheRecordIsMade() {
        assertThrows(IllegalArgumentException.class,
                () -> volunteer(2).mode("phone").build());
        assertThrows(IllegalArgumentException.class,
                () -> seeker().mode("In_Person").build());
    }
}
