package org.koppel.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which mode and region combinations may meet; "online" means video only, whatever the mode says. */
final class ModesAndRegionsTest {

    @ParameterizedTest(name = "newcomer {0} in {1}, volunteer {2} in {3}: {4}")
    @CsvSource({
        "in_person, nl-zh,  in_person, nl-zh,  ok",
        "in_person, nl-zh,  in_person, nl-ut,  SAME_REGION_IN_PERSON",
        "in_person, nl-zh,  either,    nl-zh,  ok",
        "in_person, nl-zh,  either,    be-bru, SAME_REGION_IN_PERSON",
        "in_person, nl-zh,  video,     nl-zh,  MODE_COMPATIBLE",
        "in_person, nl-zh,  either,    online, MODE_COMPATIBLE",
        "in_person, nl-zh,  in_person, online, MODE_COMPATIBLE",
        "either,    nl-zh,  either,    nl-ut,  ok",
        "either,    nl-zh,  in_person, nl-zh,  ok",
        "either,    nl-zh,  in_person, nl-ut,  SAME_REGION_IN_PERSON",
        "either,    nl-zh,  video,     be-bru, ok",
        "either,    nl-zh,  either,    online, ok",
        "either,    online, in_person, nl-zh,  MODE_COMPATIBLE",
        "either,    online, either,    nl-zh,  ok",
        "video,     nl-zh,  video,     be-bru, ok",
        "video,     nl-zh,  either,    nl-ut,  ok",
        "video,     nl-zh,  in_person, nl-zh,  MODE_COMPATIBLE",
        "video,     online, video,     online, ok",
        "in_person, online, either,    nl-zh,  ok",
        "in_person, online, in_person, online, ok",
    })
    void aPairMeetsWhenSomeModeSuitsBothAndInPersonOnlyWithinOneRegion(
            String seekerMode, String seekerRegion, String volunteerMode, String volunteerRegion, String expected) {
        Seeker s = People.seeker().mode(seekerMode).region(seekerRegion).build();
        Volunteer v = People.volunteer(2).mode(volunteerMode).region(volunteerRegion).build();
        Optional<Rule> want = expected.equals("ok") ? Optional.empty() : Optional.of(Rule.valueOf(expected));
        assertEquals(want, Matching.excludedBy(s, v, History.none()));
    }
}
