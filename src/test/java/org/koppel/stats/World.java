package org.koppel.stats;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.koppel.store.Statements;

/**
 * Newcomers and meetings written as rows, with the counts they must give for November 2026 in
 * Amsterdam. Amira (two sectors, in a community) met and found work; Bashir's meeting was a
 * no-show by his answer and held by the volunteer's; Chaltu was matched but it was cancelled;
 * Dmytro is still waiting; Esra has no profile; Farid said no; Gebre only pressed /start (and
 * left the community); Idris started at 00:30 on 1 November local time (23:30 UTC the day before);
 * Hodan started in October, Juma on 1 December local time (both outside the cohort).
 */
final class World {
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final Period NOVEMBER = new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1));
    static final long AMIRA = 7_310_000_001L;
    static final long BASHIR = 7_310_000_002L;
    static final long CHALTU = 7_310_000_003L;
    static final long DMYTRO = 7_310_000_004L;
    static final long WIM = 7_320_000_001L;
    static final long ILSE = 7_320_000_002L;
    /** Every first name written, none of which may reach the statistics or the meetings export. */
    static final List<String> NAMES = List.of("Amira", "Bashir", "Chaltu", "Dmytro", "Wim", "Ilse");
    /** What an organisation may be called: a comma, quotes, a line break and Arabic. */
    static final String AWKWARD = "مرحبا, \"x\"\nb";
    /** Started, consented, profile, asked, matched, met, work, placement, study. */
    static final Funnel EXPECTED = new Funnel(8, 5, 4, 4, 3, 2, 1, 0, 1);

    private World() {
    }

    static void seed(Connection c) throws SQLException {
        newcomer(c, AMIRA, "Amira", "en", "2026-11-02T09:17:23Z", "nl-ut", "[\"healthcare\",\"care\"]");
        newcomer(c, BASHIR, "Bashir", "ar", "2026-11-03T09:00:00Z", "nl-nh", "[\"ict\"]");
        newcomer(c, CHALTU, "Chaltu", "ti", "2026-11-04T09:00:00Z", "nl-ut", "[\"healthcare\"]");
        newcomer(c, DMYTRO, "Dmytro", "uk", "2026-11-05T09:00:00Z", "nl-zh", "[\"logistics\"]");
        person(c, 7_310_000_005L, "tr", "yes", "newcomer", "2026-11-06T09:00:00Z");
        person(c, 7_310_000_006L, "fa", "no", "newcomer", "2026-11-07T09:00:00Z");
        person(c, 7_310_000_007L, "en", null, null, "2026-11-08T09:00:00Z");
        person(c, 7_310_000_009L, "en", null, null, "2026-10-31T23:30:00Z");
        person(c, 7_310_000_008L, "so", "yes", "newcomer", "2026-10-15T09:00:00Z");
        person(c, 7_310_000_010L, "en", null, null, "2026-11-30T23:30:00Z");
        volunteer(c, WIM, "Wim", "Verpleegkundige", AWKWARD, "approved", "2026-11-01T08:00:00Z");
        volunteer(c, ILSE, "Ilse", "=HYPERLINK(\"x\")", null, "pending", "2026-11-02T08:00:00Z");
        Statements.update(c, "INSERT INTO community(id, name, language, region, join_token, created_at) "
                + "VALUES (1, 'Eritrean community Tilburg', 'ti', 'nl-nb', 'tok', 0)");
        Statements.update(c, "INSERT INTO membership(community_id, person_id, status, joined_at) VALUES (1, ?, 'active', 0), "
                + "(1, 7310000007, 'left', 0)", AMIRA);
        String ut = "[{\"key\":\"match.reason.sector\",\"codes\":[\"healthcare\",\"care\"]},"
                + "{\"key\":\"match.reason.region\",\"codes\":[\"nl-ut\"]}]";
        meeting(c, 1, AMIRA, WIM, "held", 3, "2026-11-09T10:00:00Z", "2026-11-10T19:00", "Café De Zaak", ut);
        feedback(c, 1, "newcomer", AMIRA, "yes", 5, "[\"interview\",\"cv\"]");
        feedback(c, 1, "volunteer", WIM, "yes", 4, "[\"cv\",\"introductions\"]");
        checkin(c, 1, AMIRA, "work");
        meeting(c, 2, BASHIR, ILSE, "no_show", 3, "2026-11-10T10:00:00Z", "2026-11-20T19:00", null,
                "[{\"key\":\"match.reason.sector\",\"codes\":[\"ict\"]},{\"key\":\"match.reason.region\",\"codes\":[\"nl-nh\"]}]");
        feedback(c, 2, "newcomer", BASHIR, "no_show", null, null);
        feedback(c, 2, "volunteer", ILSE, "yes", 3, "[\"another_meeting\"]");
        checkin(c, 2, BASHIR, "study");
        String chaltu = "[{\"key\":\"match.reason.sector\",\"codes\":[\"healthcare\"]},"
                + "{\"key\":\"match.reason.region\",\"codes\":[\"nl-ut\"]}]";
        meeting(c, 3, CHALTU, WIM, "cancelled", 3, "2026-11-11T10:00:00Z", null, null, chaltu);
        meeting(c, 4, CHALTU, ILSE, "declined", 2, "2026-11-12T10:00:00Z", null, null, chaltu);
        meeting(c, 5, DMYTRO, WIM, "requested", 1, "2026-11-13T10:00:00Z", null, null, "[]");
        meeting(c, 6, 7_310_000_008L, WIM, "not_held", 3, "2026-10-20T10:00:00Z", "2026-11-05T19:00", null, "[]");
        feedback(c, 6, "newcomer", 7_310_000_008L, "no", null, null);
        feedback(c, 6, "volunteer", WIM, "no", null, null);
        meeting(c, 7, 7_310_000_008L, ILSE, "expired", 2, "2026-10-21T10:00:00Z", null, null, "[]");
    }

    static void newcomer(Connection c, long id, String name, String language, String at, String region, String sectors)
            throws SQLException {
        person(c, id, language, "yes", "newcomer", at);
        Statements.update(c, "INSERT INTO newcomer_profile(person_id, first_name, region, sectors, skills, languages, goals, "
                + "availability, meeting_mode, completed_at, updated_at) VALUES (?, ?, ?, ?, '[]', '[\"en\"]', '[\"job\"]', "
                + "'[\"weekday_evening\"]', 'either', 0, 0)", id, name, region, sectors);
    }

    static void person(Connection c, long id, String language, String consent, String role, String at)
            throws SQLException {
        Statements.update(c, "INSERT INTO person(id, language, consent, role, created_at) VALUES (?, ?, ?, ?, ?)",
                id, language, consent, role, millis(at));
    }

    static void volunteer(Connection c, long id, String name, String job, String organisation, String status, String at)
            throws SQLException {
        person(c, id, "nl", "yes", "volunteer", at);
        Statements.update(c, "INSERT INTO volunteer_profile(person_id, first_name, job_title, organisation, sectors, offers, "
                + "languages, region, meeting_mode, monthly_capacity, availability, status, submitted_at, updated_at) "
                + "VALUES (?, ?, ?, ?, '[\"healthcare\",\"care\"]', '[\"cv\"]', '[\"nl\",\"ar\"]', 'nl-ut', 'either', 2, "
                + "'[\"weekday_evening\"]', ?, ?, 0)", id, name, job, organisation, status, millis(at));
    }

    static void meeting(Connection c, long id, long newcomer, long volunteer, String status, int version, String asked,
                        String start, String place, String reasons) throws SQLException {
        Statements.update(c, "INSERT INTO meeting(id, newcomer_id, volunteer_id, status, reasons, requested_at, starts_at, "
                + "zone, place, round, version) VALUES (?, ?, ?, ?, ?, ?, ?, 'Europe/Amsterdam', ?, ?, ?)", id, newcomer,
                volunteer, status, reasons, millis(asked), start, place, start == null ? 0 : 1, version);
    }

    static void feedback(Connection c, long meeting, String role, long person, String took, Integer useful,
                         String outcomes) throws SQLException {
        Statements.update(c, "INSERT INTO meeting_feedback(meeting_id, role, person_id, took_place, usefulness, outcomes, "
                + "comment, answered_at) VALUES (?, ?, ?, ?, ?, ?, 'a comment', 0)", meeting, role, person, took, useful,
                outcomes);
    }

    static void checkin(Connection c, long meeting, long person, String outcome) throws SQLException {
        Statements.update(c, "INSERT INTO checkin(meeting_id, person_id, outcome, answered_at) VALUES (?, ?, ?, 0)",
                meeting, person, outcome);
    }

    static long millis(String at) {
        return Instant.parse(at).toEpochMilli();
    }
}
