package org.koppel.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.koppel.config.Config;
import org.koppel.core.ButtonSigner;
import org.koppel.core.Delivery;
import org.koppel.core.Engine;
import org.koppel.core.Flows;
import org.koppel.core.Housekeeping;
import org.koppel.core.Inbox;
import org.koppel.core.Router;
import org.koppel.core.Scheduler;
import org.koppel.core.Waiting;
import org.koppel.core.Secrets;
import org.koppel.core.Gateway;
import org.koppel.i18n.Messages;
import org.koppel.onboarding.OnboardingFlow;
import org.koppel.meeting.MeetingLookup;
import org.koppel.meeting.MeetingWriter;
import org.koppel.onboarding.ProfileWriter;
import org.koppel.onboarding.VolunteerFlow;
import org.koppel.onboarding.VolunteerWriter;
import org.koppel.store.Database;

/** The bot put together: configuration, database, engine and delivery, behind any gateway. */
public final class Koppel implements AutoCloseable {
    private final Config config;
    private final Messages messages;
    private final Database db;
    private final Clock clock;
    private Delivery delivery;
    private Engine engine;
    private Inbox inbox;
    private Scheduler scheduler;

    private Koppel(Config config, Messages messages, Database db, Clock clock) {
        this.config = config;
        this.messages = messages;
        this.db = db;
        this.clock = clock;
    }

    /** Reads and checks config/ and messages/, opens the database and applies migrations. */
    public static Koppel open(Path configDir, Path messagesDir, Path dbFile, Clock clock) {
        Config config = Config.load(configDir);
        Messages messages = Messages.load(messagesDir, config.settings());
        Database db = Database.open(dbFile, clock, config.settings().maxCommitBatch());
        return new Koppel(config, messages, db, clock);
    }

    /**
     * Starts handling: forgets expired rows, handles updates stored before the last stop, resends
     * undelivered replies. Returns the inbox new updates go into.
     */
    public Inbox start(Gateway gateway, Delivery.Sleeper sleeper, Set<Long> coordinators) {
        Housekeeping.run(db, clock);
        Router router = new Router(config, messages, new Flows(new OnboardingFlow(), new VolunteerFlow()),
                new ButtonSigner(Secrets.buttonKey(db)), coordinators, new MeetingLookup(db, config.settings().zone()));
        delivery = new Delivery(db, gateway, clock, sleeper, Math.max(4, config.settings().lanes()));
        engine = new Engine(db, router, List.of(new ProfileWriter(), new VolunteerWriter(), new MeetingWriter()), delivery, messages,
                config.settings().defaultLanguage(), clock, config.settings().lanes());
        inbox = new Inbox(db, engine, clock);
        scheduler = new Scheduler(db, engine, clock);
        delivery.resumePending();
        inbox.replay();
        scheduler.start();
        return inbox;
    }

    public Clock clock() {
        return clock;
    }

    public Config config() {
        return config;
    }

    public Messages messages() {
        return messages;
    }

    /** Runs the jobs due by the clock now; the scheduler does this by itself, tests call it to be sure. */
    public int runDueJobs() {
        return scheduler.runDue();
    }

    public Database db() {
        return db;
    }

    /** Waits until all updates handed in so far are handled and their replies delivered. */
    public void settle() {
        engine.drain();
        Waiting.until(delivery::idle);
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.close();
        }
        if (engine != null) {
            engine.close();
        }
        if (delivery != null) {
            delivery.close();
        }
        db.close();
    }
}
