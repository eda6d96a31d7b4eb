package org.koppel.app;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.koppel.admin.DigestConversation;
import org.koppel.core.Coordinators;
import org.koppel.core.Gateway;
import org.koppel.core.Scheduler;
import org.koppel.i18n.Messages;
import org.koppel.i18n.Texts;
import org.koppel.store.Database;

/**
 * What each coordinator who has talked to the bot gets at start and when one is appointed: their
 * own command menu (with /admin) in their language, and their digest and daily watch scheduled.
 * Someone who never wrote to the bot cannot be written to, so they get it on their first /admin.
 */
final class CoordinatorSetup {
    /** Coordinators' menu: the admin commands first, then what everyone has. */
    static final List<String> COMMANDS = List.of("admin", "communities", "newcommunity", "profile", "language", "help",
            "cancel", "mydata", "delete", "start");

    private final Database db;
    private final Gateway gateway;
    private final Messages messages;
    private final Coordinators coordinators;
    private final Scheduler scheduler;

    CoordinatorSetup(Database db, Gateway gateway, Messages messages, Coordinators coordinators, Scheduler scheduler) {
        this.db = db;
        this.gateway = gateway;
        this.messages = messages;
        this.coordinators = coordinators;
        this.scheduler = scheduler;
    }

    /**
     * After a commit that appointed someone: they are a coordinator for the very next update, and
     * their menu and digest follow on a thread of their own, as the commit's thread may not write.
     */
    void appointed() {
        coordinators.reload();
        Thread t = new Thread(this::run, "koppel-coordinator-setup");
        t.setDaemon(true);
        t.start();
    }

    void run() {
        coordinators.reload();
        for (long id : coordinators.all()) {
            String language = language(id);
            if (language == null) {
                continue;
            }
            Texts t = messages.of(language);
            List<Map.Entry<String, String>> menu = new ArrayList<>();
            COMMANDS.forEach(c -> menu.add(Map.entry(c, t.t("cmd." + c))));
            gateway.menu(id, menu);
            scheduler.tell(id, DigestConversation.KIND, "setup", "");
        }
    }

    private String language(long person) {
        return db.read(c -> {
            PreparedStatement s = c.prepareStatement("SELECT language FROM person WHERE id = ?");
            s.setLong(1, person);
            try (s; ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        });
    }
}
