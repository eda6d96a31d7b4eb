package org.koppel.app;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.koppel.core.Json;
import org.koppel.start.StartData;
import org.koppel.store.Statements;
import org.koppel.vetting.VolunteerData;

/**
 * People to try Koppel with in the terminal (--demo): approved volunteers across sectors,
 * languages and regions, and a key person with a community. They are written as if each had
 * signed up and a coordinator had approved them, so they answer requests like anyone else.
 */
public final class DemoData {
    /** One demo volunteer, with the answers they would have given. */
    record Volunteer(String name, String language, String jobTitle, String organisation, List<String> sectors,
                     List<String> offers, List<String> languages, String region, String mode,
                     List<String> availability) {
    }

    static final List<Volunteer> VOLUNTEERS = List.of(
            new Volunteer("Joost", "nl", "Verpleegkundige", "UMC Utrecht", List.of("healthcare", "care"),
                    List.of("cv", "introductions", "shadowing"), List.of("nl", "en"), "nl-ut", "either",
                    List.of("weekday_morning", "weekday_afternoon", "weekday_evening")),
            new Volunteer("Lotte", "nl", "Software developer", "Bol", List.of("ict", "engineering"),
                    List.of("interview", "sector_advice", "introductions"), List.of("nl", "en", "ar"), "nl-nh", "either",
                    List.of("weekday_evening", "weekend")),
            new Volunteer("Pieter", "nl", "Projectleider bouw", "BAM", List.of("construction", "technical_trades"),
                    List.of("introductions", "shadowing"), List.of("nl", "en"), "nl-zh", "in_person",
                    List.of("weekday_morning", "weekday_afternoon")),
            new Volunteer("Sarah", "en", "Teacher", "ROC Amsterdam", List.of("education", "office"),
                    List.of("cv", "interview"), List.of("nl", "en", "fr"), "online", "video",
                    List.of("weekday_afternoon", "weekday_evening", "weekend")),
            new Volunteer("Mehmet", "tr", "Warehouse manager", "PostNL", List.of("logistics", "management"),
                    List.of("cv", "introductions", "sector_advice"), List.of("nl", "tr", "en"), "nl-ut", "either",
                    List.of("weekday_morning", "weekend")));
    static final String KEY_PERSON = "Samira";
    static final String COMMUNITY = "Syrische gemeenschap Utrecht";
    /** Members who joined through the community's link; they read Arabic. */
    static final List<String> MEMBERS = List.of("Amal", "Yusuf", "Hana");

    private DemoData() {
    }

    /** Everyone the demo adds, by the name they go by in the terminal. */
    public static List<String> names() {
        List<String> out = new ArrayList<>(VOLUNTEERS.stream().map(Volunteer::name).toList());
        out.add(KEY_PERSON);
        out.addAll(MEMBERS);
        return List.copyOf(out);
    }

    /** Writes the demo people once; returns false when they were already there. */
    public static boolean seed(Connection c, Map<String, Long> ids, long coordinator, long now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM person WHERE id = ?")) {
            s.setLong(1, ids.get(VOLUNTEERS.get(0).name()));
            if (s.executeQuery().next()) {
                return false;
            }
        }
        for (Volunteer v : VOLUNTEERS) {
            long id = ids.get(v.name());
            person(c, id, v.language(), "volunteer", now);
            Statements.update(c, "INSERT INTO volunteer_profile(person_id, first_name, job_title, organisation, sectors, "
                    + "offers, languages, region, meeting_mode, monthly_capacity, availability, status, submitted_at, "
                    + "decided_at, decided_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 4, ?, 'approved', ?, ?, ?, ?)",
                    id, v.name(), v.jobTitle(), v.organisation(), Json.write(v.sectors()), Json.write(v.offers()),
                    Json.write(v.languages()), v.region(), v.mode(), Json.write(v.availability()), now, now, coordinator,
                    now);
            conversation(c, id, "volunteer", "ACTIVE", Json.write(answers(v)), now);
        }
        for (String name : Stream.concat(Stream.of(KEY_PERSON), MEMBERS.stream()).toList()) {
            person(c, ids.get(name), "ar", null, now);
            conversation(c, ids.get(name), "start", "ROLE", Json.write(new StartData(null)), now);
        }
        person(c, coordinator, "en", null, now);
        conversation(c, coordinator, "start", "ROLE", Json.write(new StartData(null)), now);
        community(c, ids, coordinator, now);
        return true;
    }

    private static VolunteerData answers(Volunteer v) {
        VolunteerData d = new VolunteerData();
        d.firstName = v.name();
        d.jobTitle = v.jobTitle();
        d.organisation = v.organisation();
        d.sectors.addAll(v.sectors());
        d.offers.addAll(v.offers());
        d.languages.addAll(v.languages());
        d.region = v.region();
        d.mode = v.mode();
        d.capacity = "4";
        d.availability.addAll(v.availability());
        d.complete = true;
        return d;
    }

    private static void person(Connection c, long id, String language, String role, long now) throws SQLException {
        Statements.update(c, "INSERT INTO person(id, language, consent, consent_at, role, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", id, language, role == null ? null : "yes", role == null ? null : now, role, now);
    }

    private static void conversation(Connection c, long id, String key, String state, String data, long now)
            throws SQLException {
        Statements.update(c, "INSERT INTO conversation(person_id, key, kind, state, data, data_version, seq, asked, "
                + "updated_at) VALUES (?, ?, ?, ?, ?, 1, 0, 0, ?)", id, key, key, state, data, now);
    }

    private static void community(Connection c, Map<String, Long> ids, long coordinator, long now) throws SQLException {
        long community;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO community(name, language, region, join_token, "
                + "created_by, created_at) VALUES (?, 'ar', 'nl-ut', 'demo-syria-utrecht', ?, ?) RETURNING id")) {
            s.setString(1, COMMUNITY);
            s.setLong(2, coordinator);
            s.setLong(3, now);
            try (var r = s.executeQuery()) {
                r.next();
                community = r.getLong(1);
            }
        }
        for (String name : Stream.concat(Stream.of(KEY_PERSON), MEMBERS.stream()).toList()) {
            Statements.update(c, "INSERT INTO membership(community_id, person_id, role, joined_at) VALUES (?, ?, ?, ?)",
                    community, ids.get(name), name.equals(KEY_PERSON) ? "key_person" : "member", now);
        }
    }
}
