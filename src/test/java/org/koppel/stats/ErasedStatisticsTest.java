package org.koppel.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.koppel.store.Rows;

/** People who erase themselves with /delete leave the figures as they were, and nothing that points at them. */
final class ErasedStatisticsTest {
    private static final List<Long> ERASED = List.of(World.AMIRA, World.BASHIR, World.CHALTU);

    @TempDir
    Path dir;

    @Test
    void afterThreeNewcomersDeleteThemselvesTheTotalsBreakdownsAndMeetingsExportAreUnchanged() throws Exception {
        try (Bot bot = new Bot(dir.resolve("k.db"), StatisticsTest.CLOCK)) {
            bot.write(c -> {
                World.seed(c);
                return null;
            });
            var en = bot.texts("en");
            Report before = bot.read(c -> Statistics.read(c, World.NOVEMBER, World.ZONE));
            String meetingsBefore = bot.read(c -> Exports.meetings(c, World.NOVEMBER, World.ZONE, en));
            ERASED.forEach(bot::delete);

            assertEquals("0", bot.read(c -> String.valueOf(Rows.one(c, "SELECT COUNT(*) AS n FROM person WHERE id IN "
                    + "(?, ?, ?)", World.AMIRA, World.BASHIR, World.CHALTU).get("n"))), "they are gone");
            assertEquals("0", bot.read(c -> String.valueOf(Rows.one(c, "SELECT COUNT(*) AS n FROM meeting "
                    + "WHERE newcomer_id IS NOT NULL AND id <= 4").get("n"))), "their meetings no longer name them");
            Report after = bot.read(c -> Statistics.read(c, World.NOVEMBER, World.ZONE));
            assertEquals(World.EXPECTED, after.total());
            assertEquals(before, after, "funnel, outcomes, meeting counts and every breakdown");
            assertEquals(meetingsBefore, bot.read(c -> Exports.meetings(c, World.NOVEMBER, World.ZONE, en)),
                    "region and sectors come from the matching's reasons once the profile is gone");
        }
    }

    @Test
    void anErasedPersonsRowHoldsCodesAndFlagsButNoIdNameOrText() throws Exception {
        try (Bot bot = new Bot(dir.resolve("k.db"), StatisticsTest.CLOCK)) {
            bot.write(c -> {
                World.seed(c);
                return null;
            });
            ERASED.forEach(bot::delete);
            List<Map<String, Object>> rows = bot.read(c -> Rows.all(c, "SELECT * FROM erased_person ORDER BY language"));
            assertEquals(3, rows.size());
            assertEquals(List.of("id", "month", "role", "language", "consented", "profile_complete", "started_at", "region",
                    "sectors", "communities", "asked", "matched", "met", "found_work", "found_placement", "found_study",
                    "outcomes"), List.copyOf(rows.get(0).keySet()), "a new column here needs a look at what it keeps");
            Map<String, Object> amira = rows.get(1);
            assertEquals("en|nl-ut|[\"healthcare\",\"care\"]|[\"1\"]|1|1|1|1|0", String.join("|", List.of(
                    (String) amira.get("language"), (String) amira.get("region"), (String) amira.get("sectors"),
                    (String) amira.get("communities"), str(amira.get("asked")), str(amira.get("matched")),
                    str(amira.get("met")), str(amira.get("found_work")), str(amira.get("found_study")))));
            assertEquals(World.millis("2026-11-02T09:00:00Z"), ((Number) amira.get("started_at")).longValue(),
                    "the hour they started, not the moment");
            List<String> found = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                row.forEach((column, value) -> {
                    String v = String.valueOf(value);
                    for (long id : ERASED) {
                        if (v.contains(Long.toString(id)) || v.contains(Long.toString(id, 36))) {
                            found.add(column + " holds an id");
                        }
                    }
                    World.NAMES.stream().filter(v::contains).forEach(n -> found.add(column + " holds " + n));
                    if (v.contains("comment") || v.contains("Café")) {
                        found.add(column + " holds text");
                    }
                });
            }
            assertEquals(List.of(), found);
            assertFalse(bot.read(c -> Rows.all(c, "SELECT comment FROM meeting_feedback WHERE comment IS NOT NULL "
                    + "AND person_id IS NULL")).size() > 0, "their comments went too");
        }
    }

    private static String str(Object v) {
        return String.valueOf(v);
    }
}
