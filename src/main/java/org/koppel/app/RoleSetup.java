package org.koppel.app;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.koppel.admin.DigestConversation;
import org.koppel.core.Coordinators;
import org.koppel.core.Gateway;
import org.koppel.core.Scheduler;
import org.koppel.i18n.Messages;
import org.koppel.i18n.Texts;
import org.koppel.store.Database;
import org.slf4j.LoggerFactory;

/**
 * The command menus of the people with a role beyond newcomer or volunteer, each in their own
 * chat and language: coordinators (with /admin; their digest and daily watch are scheduled too)
 * and key persons (with /broadcast). Set at start and after a commit that appointed someone or
 * took a key-person role back; someone who lost their role gets the default menu again. People
 * who never wrote to the bot cannot be written to, so they get theirs on their first /admin.
 */
final class RoleSetup {
    static final List<String> COORDINATOR = List.of("admin", "communities", "newcommunity", "newevent", "events",
            "profile", "language", "help", "cancel", "mydata", "delete", "start");
    static final List<String> KEY_PERSON = List.of("broadcast", "newevent", "events", "feedback", "communities",
            "profile", "meet", "message", "language", "help", "cancel", "mydata", "delete", "start");

    private final Database db;
    private final Gateway gateway;
    private final Messages messages;
    private final Coordinators coordinators;
    private final Scheduler scheduler;
    private final Set<Long> withMenu = new HashSet<>();

    RoleSetup(Database db, Gateway gateway, Messages messages, Coordinators coordinators, Scheduler scheduler) {
        this.db = db;
        this.gateway = gateway;
        this.messages = messages;
        this.coordinators = coordinators;
        this.scheduler = scheduler;
    }

    /**
     * After such a commit: a new coordinator is one for the very next update; menus and the digest
     * follow on a thread of their own, as the commit's thread may not write.
     */
    void changed() {
        coordinators.reload();
        Thread t = new Thread(() -> {
            try {
                run();
            } catch (RuntimeException e) {
                // the bot stopped meanwhile (the database is closed): the next start sets it all again
                LoggerFactory.getLogger(RoleSetup.class).warn("menus and digests not set: {}", e.getClass().getSimpleName());
            }
        }, "koppel-role-setup");
        t.setDaemon(true);
        t.start();
    }

    synchronized void run() {
        coordinators.reload();
        Map<Long, String> known = languages();
        Set<Long> keyPersons = keyPersons();
        Set<Long> now = new HashSet<>();
        for (var e : known.entrySet()) {
            long id = e.getKey();
            boolean coordinator = coordinators.contains(id);
            if (!coordinator && !keyPersons.contains(id)) {
                continue;
            }
            List<String> commands = new ArrayList<>(coordinator ? COORDINATOR : KEY_PERSON);
            if (coordinator && keyPersons.contains(id)) {
                commands.add(1, "broadcast");
            }
            Texts t = messages.of(e.getValue());
            gateway.menu(id, commands.stream().map(c -> Map.entry(c, t.t("cmd." + c))).toList());
            now.add(id);
            if (coordinator) {
                scheduler.tell(id, DigestConversation.KIND, "setup", "");
            }
        }
        for (long gone : withMenu) {
            if (!now.contains(gone)) {
                gateway.menu(gone, List.of());
            }
        }
        withMenu.clear();
        withMenu.addAll(now);
    }

    /** The language of everyone who is a coordinator or a key person and has written to the bot. */
    private Map<Long, String> languages() {
        return db.read(c -> {
            Map<Long, String> out = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, language FROM person WHERE id IN "
                    + "(SELECT person_id FROM membership WHERE role = 'key_person' AND status = 'active') "
                    + "OR id IN (SELECT person_id FROM coordinator)" + extra()); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getLong(1), r.getString(2));
                }
            }
            return out;
        });
    }

    /** Coordinators from the configuration are not in the coordinator table. */
    private String extra() {
        return coordinators.all().isEmpty() ? "" : coordinators.all().stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(",", " OR id IN (", ")"));
    }

    private Set<Long> keyPersons() {
        return db.read(c -> {
            Set<Long> out = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT person_id FROM membership WHERE role = 'key_person' "
                    + "AND status = 'active'"); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1));
                }
            }
            return out;
        });
    }
}
