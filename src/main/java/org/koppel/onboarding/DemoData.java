package org.koppel.onboarding;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.koppel.core.Conversation;
import org.koppel.core.Json;
import org.koppel.core.Person;
import org.koppel.core.PersonState;
import org.koppel.core.PersonStore;

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
        List<String> out = new java.util.ArrayList<>(VOLUNTEERS.stream().map(Volunteer::name).toList());
        out.add(KEY_PERSON);
        out.addAll(MEMBERS);
        return List.copyOf(out);
    }

    /** Writes the demo people once; returns false when they were already there. */
    public static boolean seed(Connection c, Map<String, Long> ids, long coordinator, long now) throws SQLException {
        if (PersonStore.load(c, ids.get(VOLUNTEERS.get(0).name())).known()) {
            return false;
        }
        VolunteerWriter volunteers = new VolunteerWriter();
        ProfileWriter profiles = new ProfileWriter();
        for (Volunteer v : VOLUNTEERS) {
            long id = ids.get(v.name());
            Draft d = new Draft();
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
            PersonStore.save(c, new PersonState(new Person(id, v.language()),
                    new Conversation(VolunteerFlow.NAME, VolunteerFlow.ACTIVE, Json.write(d), 1, 0)), true, now);
            profiles.write(c, id, new RecordConsent(true), now);
            volunteers.write(c, id, new SaveVolunteer(VolunteerProfile.of(d)), now);
            volunteers.write(c, id, new VolunteerReviewed(true, coordinator), now);
        }
        for (String name : java.util.stream.Stream.concat(java.util.stream.Stream.of(KEY_PERSON), MEMBERS.stream()).toList()) {
            Draft k = new Draft();
            k.firstName = name;
            PersonStore.save(c, new PersonState(new Person(ids.get(name), "ar"),
                    new Conversation(OnboardingFlow.NAME, OnboardingFlow.ROLE, Json.write(k), 1, 0)), true, now);
        }
        Draft coordinatorDraft = new Draft();
        PersonStore.save(c, new PersonState(new Person(coordinator, "en"),
                new Conversation(OnboardingFlow.NAME, OnboardingFlow.ROLE, Json.write(coordinatorDraft), 1, 0)), true, now);
        long key = ids.get(KEY_PERSON);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO community(name, language, region, join_token, "
                + "created_by, created_at) VALUES (?, 'ar', 'nl-ut', 'demo-syria-utrecht', ?, ?) RETURNING id")) {
            s.setString(1, COMMUNITY);
            s.setLong(2, coordinator);
            s.setLong(3, now);
            long community;
            try (var r = s.executeQuery()) {
                r.next();
                community = r.getLong(1);
            }
            try (PreparedStatement m = c.prepareStatement("INSERT INTO membership(community_id, person_id, role, "
                    + "joined_at) VALUES (?, ?, ?, ?)")) {
                for (String name : java.util.stream.Stream.concat(java.util.stream.Stream.of(KEY_PERSON), MEMBERS.stream()).toList()) {
                    m.setLong(1, community);
                    m.setLong(2, ids.get(name));
                    m.setString(3, name.equals(KEY_PERSON) ? "key_person" : "member");
                    m.setLong(4, now);
                    m.executeUpdate();
                }
            }
        }
        return true;
    }
}
