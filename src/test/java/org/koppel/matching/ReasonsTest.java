package org.koppel.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.koppel.matching.People.NOW;
import static org.koppel.matching.People.seeker;
import static org.koppel.matching.People.volunteer;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reasons sent with a request: only those that apply, in a fixed order, with the shared codes sorted. */
final class ReasonsTest {

    private static List<Reason> reasons(Seeker s, People.V v) {
        return Matching.rank(s, List.of(v.build()), History.none(), NOW, 1).get(0).reasons();
    }

    @Test
    void everyReasonThatAppliesIsListedInOrderWithTheSharedCodesSorted() {
        Seeker s = seeker().sectors("ict", "healthcare").skills("nursing", "networks").goals("study", "job")
                .languages("nl", "en", "ar").availability("weekend", "weekday_evening").region("nl-zh").build();
        People.V v = volunteer(2).sectors("healthcare", "ict", "finance").skills("networks", "databases")
                .offers("sector_advice", "cv", "shadowing").languages("en", "nl", "de")
                .availability("weekday_evening", "weekend", "weekday_morning").region("nl-zh");
        assertEquals(List.of(
                new Reason(Reason.SECTOR, List.of("healthcare", "ict")),
                new Reason(Reason.SKILL, List.of("networks")),
                new Reason(Reason.OFFER, List.of("cv", "sector_advice")),
                new Reason(Reason.LANGUAGE, List.of("en", "nl")),
                new Reason(Reason.REGION, List.of("nl-zh")),
                new Reason(Reason.TIME, List.of("weekday_evening", "weekend"))), reasons(s, v));
    }

    @Test
    void aVolunteerWhoSharesOnlyALanguageGetsOnlyTheLanguageReason() {
        Seeker s = seeker().sectors("ict").skills("networks").goals("study").availability("weekend")
                .languages("en", "ar").build();
        People.V v = volunteer(2).sectors("finance").skills("tax").offers("shadowing").availability("weekday_morning")
                .languages("en").region("be-bru").mode("video");
        assertEquals(List.of(new Reason(Reason.LANGUAGE, List.of("en"))), reasons(s, v));
    }

    @Test
    void twoPeopleOnlineDoNotShareARegion() {
        Seeker s = seeker().region("online").build();
        assertEquals(List.of(Reason.LANGUAGE),
                reasons(s, volunteer(2).region("online")).stream().map(Reason::key).toList());
    }

    @Test
    void anOfferIsAReasonOnlyWhenItServesOneOfTheGoals() {
        Seeker s = seeker().goals("network").build();
        assertEquals(List.of(new Reason(Reason.OFFER, List.of("introductions"))),
                reasons(s, volunteer(2).offers("introductions", "cv", "shadowing")).stream()
                        .filter(r -> r.key().equals(Reason.OFFER)).toList());
        assertEquals(List.of(Reason.LANGUAGE, Reason.REGION),
                reasons(s, volunteer(2).offers("cv", "shadowing")).stream().map(Reason::key).toList());
    }

    @Test
    @SuppressWarnings("StringOperationCanBeSimplified")
    void codesReadAsFreshStringsMatchByContentAndModesByValue() {
        Seeker s = seeker().sectors("care").region(new String("nl-zh")).mode(new String("in_person")).build();
        People.V v = volunteer(2).sectors(new String("care")).languages(new String("en"))
                .region(new String("nl-zh")).mode(new String("in_person"));
        assertEquals(List.of(Reason.SECTOR, Reason.LANGUAGE, Reason.REGION),
                reasons(s, v).stream().map(Reason::key).toList());
    }

    @Test
    void theReasonKeysAreTheMessageKeysTheBotTranslates() {
        assertEquals(List.of("match.reason.sector", "match.reason.skill", "match.reason.offer",
                "match.reason.language", "match.reason.region", "match.reason.time"),
                List.of(Reason.SECTOR, Reason.SKILL, Reason.OFFER, Reason.LANGUAGE, Reason.REGION, Reason.TIME));
    }
}
