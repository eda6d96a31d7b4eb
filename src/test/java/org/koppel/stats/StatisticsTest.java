package org.koppel.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.koppel.stats.Report.Dimension;
import org.koppel.stats.Report.Row;

/** The funnel, outcomes and meeting counts of a seeded November, read from a real SQLite file. */
final class StatisticsTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Bot bot;

    @BeforeEach
    void seed() {
        bot = new Bot(dir.resolve("k.db"), CLOCK);
        bot.write(c -> {
            World.seed(c);
            return null;
        });
    }

    @AfterEach
    void close() {
        bot.close();
    }

    private Report november() {
        return bot.read(c -> Statistics.read(c, World.NOVEMBER, World.ZONE));
    }

    @Test
    void theFunnelCountsEachNewcomerWhoStartedInThePeriodAtEveryStageTheyReached() {
        assertEquals(World.EXPECTED, november().total());
    }

    @Test
    void theCohortIsCutAtMidnightInTheConfiguredZoneNotInUtc() {
        Report utc = bot.read(c -> Statistics.read(c, World.NOVEMBER, ZoneOffset.UTC));
        // in UTC Idris started on 31 October and Juma on 30 November: one out, one in
        assertEquals(8, utc.total().started());
        assertEquals(List.of("en"), november().rows(Dimension.LANGUAGE).stream().filter(r -> r.funnel().started() == 3)
                .map(Row::code).toList(), "Amira, Gebre and Idris write in English");
    }

    @Test
    void aNewcomerWithTwoSectorsCountsInBothAndThoseWithoutAProfileInARowOfTheirOwn() {
        Map<String, Funnel> bySector = byCode(november().rows(Dimension.SECTOR));
        assertEquals(new Funnel(2, 2, 2, 2, 2, 1, 1, 0, 0), bySector.get("healthcare"), "Amira and Chaltu");
        assertEquals(new Funnel(1, 1, 1, 1, 1, 1, 1, 0, 0), bySector.get("care"), "Amira again");
        assertEquals(new Funnel(1, 1, 1, 1, 1, 1, 0, 0, 1), bySector.get("ict"));
        assertEquals(new Funnel(1, 1, 1, 1, 0, 0, 0, 0, 0), bySector.get("logistics"));
        assertEquals(4, bySector.get(Report.NONE).started(), "Esra, Farid, Gebre and Idris have no profile");
        assertEquals(List.of(Report.NONE, "healthcare"), november().rows(Dimension.SECTOR).stream().limit(2)
                .map(Row::code).toList(), "the biggest groups first");
    }

    @Test
    void regionsLanguagesAndCommunitiesEachAddUpToTheCohort() {
        Report r = november();
        for (Dimension d : List.of(Dimension.LANGUAGE, Dimension.REGION, Dimension.COMMUNITY)) {
            assertEquals(r.total(), r.rows(d).stream().map(Row::funnel).reduce(Funnel.EMPTY, Funnel::plus), d.name());
        }
        Map<String, Funnel> regions = byCode(r.rows(Dimension.REGION));
        assertEquals(2, regions.get("nl-ut").started());
        assertEquals(1, regions.get("nl-ut").work());
        Row community = r.rows(Dimension.COMMUNITY).stream().filter(x -> x.code().equals("1")).findFirst().orElseThrow();
        assertEquals("Eritrean community Tilburg", community.name());
        assertEquals(2, community.funnel().started(), "an active and a former member");
        assertEquals(1, community.funnel().met());
    }

    @Test
    void outcomesCountMeetingsWhereEitherSideReportedThemOnce() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        Statistics.OUTCOMES.forEach(o -> expected.put(o, 0));
        expected.putAll(Map.of("interview", 1, "cv", 1, "introductions", 1, "another_meeting", 1));
        assertEquals(expected, november().outcomes(), "both sides ticked CV on Amira's meeting: counted once");
        assertEquals(Statistics.OUTCOMES, List.copyOf(november().outcomes().keySet()), "in the order they are asked");
    }

    @Test
    void noShowsAndDisagreementsAreCountedOverTheMeetingsOfThePeriod() {
        Report r = november();
        assertEquals(6, r.meetings(), "by their day, else the day they were asked for; Hodan's October request is out");
        assertEquals(1, r.noShows(), "Bashir said Ilse did not come");
        assertEquals(1, r.disagreements(), "and Ilse said they met; Hodan's meeting was 'no' on both sides");
        Report october = bot.read(c -> Statistics.read(c, new Period(World.NOVEMBER.from().minusMonths(1),
                World.NOVEMBER.from()), World.ZONE));
        assertEquals(1, october.meetings());
        assertEquals(0, october.noShows() + october.disagreements());
        assertEquals(1, october.total().started(), "Hodan");
    }

    @Test
    void thePeriodsEndWithTodayInTheZoneAndLast30DaysHoldsThirtyDays() {
        Instant late = Instant.parse("2026-11-23T23:30:00Z");
        Period last = Period.last30Days(late, World.ZONE);
        assertEquals(java.time.LocalDate.of(2026, 11, 25), last.to(), "already the 24th in Amsterdam");
        assertEquals(30, last.from().until(last.to(), java.time.temporal.ChronoUnit.DAYS));
        assertEquals(java.time.LocalDate.of(2026, 1, 1), Period.thisYear(late, World.ZONE).from());
        Period all = Period.allTime(CLOCK, World.ZONE);
        assertTrue(all.isAllTime() && all.contains(java.time.LocalDate.of(2001, 5, 1)));
        assertEquals(World.EXPECTED.started() + 1, bot.read(c -> Statistics.read(c, all, World.ZONE)).total().started(),
                "Hodan, and Juma who started on 1 December, after the fixed clock's today, is not counted");
    }

    static Map<String, Funnel> byCode(List<Row> rows) {
        Map<String, Funnel> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put(r.code(), r.funnel()));
        return out;
    }
}
