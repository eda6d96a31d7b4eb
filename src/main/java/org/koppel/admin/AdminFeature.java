package org.koppel.admin;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koppel.community.Links;
import org.koppel.conversation.Conversation;
import org.koppel.core.EffectWriter;
import org.koppel.core.Events;
import org.koppel.core.Feature;
import org.koppel.core.PersonalData;
import org.koppel.core.Route;
import org.koppel.store.Rows;
import org.koppel.store.Statements;

/** The coordinators' screens, report handling, suspensions, alerts and digest, and coordinator links. */
public final class AdminFeature implements Feature {
    private final Links links;

    public AdminFeature(Links links) {
        this.links = links;
    }

    @Override
    public List<Conversation<?, ?>> conversations() {
        return List.of(new AdminConversation(links), new SubjectConversation(), new CaseConversation(),
                new StatsConversation(), new DigestConversation(), new CoordinatorLinkConversation());
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(Route.LINK, CoordinatorLinkConversation.KIND),
                new Route(AdminConversation.KIND, AdminConversation.KIND));
    }

    @Override
    public List<EffectWriter> writers() {
        return List.of(new AdminWriter());
    }

    @Override
    public Map<String, Class<? extends org.koppel.conversation.Event>> events() {
        return Map.of("admin.outcome", AdminOutcome.class);
    }

    @Override
    public PersonalData personalData() {
        return PersonalData.of("coordination", AdminFeature::export, AdminFeature::erase);
    }

    /** What coordinators decided about the person (with the reason codes), and, for a coordinator, their role. */
    private static Object export(Connection c, long person) throws SQLException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("decisions_about_you", Rows.all(c, "SELECT action, reason, at FROM admin_action WHERE subject_id = ? "
                + "ORDER BY at", person));
        out.put("suspended", Rows.one(c, "SELECT suspended FROM person WHERE id = ?", person));
        out.put("coordinator_since", Rows.one(c, "SELECT added_at FROM coordinator WHERE person_id = ?", person));
        return out;
    }

    /** The log keeps what was done, without who did it or to whom; alerts about the person go. */
    private static void erase(Connection c, long person, long now, Events events) throws SQLException {
        Statements.update(c, "UPDATE admin_action SET subject_id = NULL, reason = NULL WHERE subject_id = ?", person);
        Statements.update(c, "UPDATE admin_action SET coordinator_id = NULL WHERE coordinator_id = ?", person);
        Statements.update(c, "DELETE FROM alert_sent WHERE coordinator_id = ? OR subject = ?", person, Long.toString(person));
        Statements.update(c, "DELETE FROM coordinator WHERE person_id = ?", person);
        Statements.update(c, "UPDATE service_flag SET set_by = NULL WHERE set_by = ?", person);
        Statements.update(c, "UPDATE coordinator SET added_by = NULL WHERE added_by = ?", person);
        Statements.update(c, "UPDATE appointment_link SET created_by = NULL WHERE created_by = ?", person);
        Statements.update(c, "UPDATE appointment_link SET used_by = 0 WHERE used_by = ?", person);
        Statements.update(c, "UPDATE report SET handled_by = NULL WHERE handled_by = ?", person);
    }
}
