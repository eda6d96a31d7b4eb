package org.koppel.salon;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koppel.community.Links;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Event;
import org.koppel.conversation.Keys;
import org.koppel.core.EffectWriter;
import org.koppel.core.Events;
import org.koppel.core.Feature;
import org.koppel.core.PersonalData;
import org.koppel.core.Route;
import org.koppel.store.Rows;
import org.koppel.store.Statements;

/** Organisations at salons: their QR codes, the profiles newcomers leave there, and appointments planned with them. */
public final class SalonFeature implements Feature {
    private final Links links;

    public SalonFeature(Links links) {
        this.links = links;
    }

    @Override
    public List<Conversation<?, ?>> conversations() {
        return List.of(new StandLinkConversation(), new StandConversation(), new StandsConversation(links),
                new AppointmentConversation());
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(Route.LINK, StandLinkConversation.KIND));
    }

    @Override
    public List<EffectWriter> writers() {
        return List.of(new SalonWriter());
    }

    @Override
    public Map<String, Class<? extends Event>> events() {
        return Map.of("appointment.notice", AppointmentNotice.class);
    }

    @Override
    public PersonalData personalData() {
        return PersonalData.of("salon_appointments", SalonFeature::export, SalonFeature::erase);
    }

    private static Object export(Connection c, long person) throws SQLException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("left_with_organisations", Rows.all(c, "SELECT s.name AS organisation, a.name, a.note, a.status, a.start, "
                + "a.place, a.result FROM appointment a JOIN stand s ON s.id = a.stand_id WHERE a.newcomer_id = ?", person));
        out.put("contact_for", Rows.all(c, "SELECT name AS organisation, kind FROM stand WHERE contact_id = ?", person));
        return out;
    }

    /**
     * What they left goes, and an appointment still ahead is called off with a word to the other
     * side; the rows stay, without them, for the counts. A contact who leaves leaves the stand
     * without one.
     */
    private static void erase(Connection c, long person, long now, Events events) throws SQLException {
        for (Map<String, Object> row : Rows.all(c, "SELECT a.id, s.contact_id FROM appointment a JOIN stand s "
                + "ON s.id = a.stand_id WHERE a.newcomer_id = ? AND a.status IN ('requested', 'proposed', 'confirmed')",
                person)) {
            tell(events, row.get("contact_id"), ((Number) row.get("id")).longValue());
        }
        for (Map<String, Object> row : Rows.all(c, "SELECT a.id, a.newcomer_id FROM appointment a JOIN stand s "
                + "ON s.id = a.stand_id WHERE s.contact_id = ? AND a.status IN ('requested', 'proposed', 'confirmed')",
                person)) {
            tell(events, row.get("newcomer_id"), ((Number) row.get("id")).longValue());
        }
        Statements.update(c, "UPDATE appointment SET status = 'cancelled' WHERE status IN ('requested', 'proposed', "
                + "'confirmed') AND (newcomer_id = ?1 OR stand_id IN (SELECT id FROM stand WHERE contact_id = ?1))", person);
        Statements.update(c, "UPDATE appointment SET newcomer_id = NULL, name = NULL, note = NULL WHERE newcomer_id = ?",
                person);
        Statements.update(c, "UPDATE stand SET contact_id = NULL WHERE contact_id = ?", person);
    }

    private static void tell(Events events, Object to, long appointment) {
        if (to instanceof Number n) {
            events.send(n.longValue(), Keys.of(AppointmentConversation.KIND, appointment),
                    new AppointmentNotice(appointment, "cancelled"));
        }
    }
}
