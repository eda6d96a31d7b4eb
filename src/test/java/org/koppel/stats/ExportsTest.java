package org.koppel.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.koppel.i18n.Texts;

/** The CSV files: UTF-8 with a byte order mark, quoted so they read back as written, and no people where none belong. */
final class ExportsTest {
    @TempDir
    Path dir;
    private Bot bot;

    @BeforeEach
    void seed() {
        bot = new Bot(dir.resolve("k.db"), StatisticsTest.CLOCK);
        bot.write(c -> {
            World.seed(c);
            return null;
        });
    }

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void theVolunteerListReadsBackAsWrittenWithCommasQuotesLineBreaksAndArabicIntact() throws Exception {
        Texts en = bot.texts("en");
        String csv = bot.read(c -> Exports.volunteers(c, en, bot.koppel.config()));
        List<List<String>> rows = CsvRead.rows(csv, List.of("First name", "Job title", "Organisation", "Sectors", "Languages",
                "Region", "Review", "Paused", "Suspended", "Signed up on", "Meetings held"));
        assertEquals(List.of(
                List.of("Wim", "Verpleegkundige", World.AWKWARD, "Healthcare, Care and social work", "Dutch, Arabic",
                        "Utrecht", "Approved", "No", "No", "2026-11-01", "1"),
                List.of("Ilse", "'=HYPERLINK(\"x\")", "", "Healthcare, Care and social work", "Dutch, Arabic",
                        "Utrecht", "Waiting for review", "No", "No", "2026-11-02", "0")), rows,
                "a job title that would be a formula in a spreadsheet starts with an apostrophe");
    }

    @Test
    void theMeetingsOfThePeriodAreListedWithoutNamesOrIds() throws Exception {
        Texts en = bot.texts("en");
        String csv = bot.read(c -> Exports.meetings(c, World.NOVEMBER, World.ZONE, en));
        World.NAMES.forEach(name -> assertFalse(csv.contains(name), name));
        assertFalse(csv.contains("7310") || csv.contains("Café"), "no ids of people, no place typed");
        List<List<String>> rows = CsvRead.rows(csv, List.of("Meeting", "Status", "Asked for on", "Meeting day", "How", "Region",
                "Sectors", "Took place (newcomer)", "Took place (volunteer)", "Usefulness 1-5 (newcomer)",
                "Usefulness 1-5 (volunteer)", "What came of it"));
        assertEquals(6, rows.size());
        assertEquals(List.of("1", "Took place", "2026-11-09", "2026-11-10", "In person", "Utrecht",
                "Healthcare, Care and social work", "Yes", "Yes", "5", "4",
                "Job interview, Introductions to other people, CV or letter improved"), rows.get(1));
        assertEquals(List.of("2", "Someone did not come", "2026-11-10", "2026-11-20", "Video call", "Noord-Holland",
                "IT and software", "The other did not come", "Yes", "", "3", "Another meeting planned"), rows.get(2));
    }

    @Test
    void theStatisticsTableHoldsTheFunnelOfEveryGroupAndNoNames() throws Exception {
        Texts nl = bot.texts("nl");
        Report r = bot.read(c -> Statistics.read(c, World.NOVEMBER, World.ZONE));
        String csv = Exports.statistics(r, nl);
        World.NAMES.forEach(name -> assertFalse(csv.contains(name), name));
        List<List<String>> rows = CsvRead.rows(csv, List.of("Onderdeel", "Groep", "Begonnen", "Toestemming gegeven",
                "Profiel compleet", "Gesprek aangevraagd", "Gekoppeld aan een vrijwilliger", "Vrijwilliger ontmoet",
                "Werk gevonden", "Stage of leerbaan gevonden", "Studie of opleiding begonnen", "Aantal"));
        assertEquals(List.of("Alle nieuwkomers die begonnen", "", "8", "5", "4", "4", "3", "2", "1", "0", "1", ""),
                rows.get(0));
        assertTrue(rows.contains(List.of("Per sector", "Zorg en welzijn", "1", "1", "1", "1", "1", "1", "1", "0", "0", "")),
                "Amira's second sector: " + rows);
        assertTrue(rows.contains(List.of("Per gemeenschap", "Eritrean community Tilburg", "2", "1", "1", "1", "1", "1",
                "1", "0", "0", "")), rows.toString());
        int groups = r.breakdowns().values().stream().mapToInt(List::size).sum();
        assertEquals(1 + groups + Statistics.OUTCOMES.size() + 3, rows.size());
        assertEquals(List.of("Tegenstrijdige antwoorden", "", "", "", "", "", "", "", "", "", "", "1"),
                rows.get(rows.size() - 1));
    }
}
