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
import org.koppel.broadcast.BroadcastQueued;
import org.koppel.broadcast.Broadcaster;
import org.koppel.community.CommunityLookup;
import org.koppel.community.CommunityWriter;
import org.koppel.core.Pacer;
import org.koppel.flow.Lookup;

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
    private Broadcaster broadcaster;
    private final CommunityLookup communities;

    private Koppel(Config config, Messages messages, Database db, Clock clock) {
        this.config = config;
        this.messages = messages;
        this.db = db;
        this.clock = clock;
        this.communities = new CommunityLookup(db);
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
        ButtonSigner signer = new ButtonSigner(Secrets.buttonKey(db));
        MeetingLookup meetings = new MeetingLookup(db, config.settings().zone());
        Lookup lookup = (what, person, now) -> what.startsWith(CommunityLookup.PREFIX)
                ? communities.answer(what, person, now) : meetings.answer(what, person, now);
        Router router = new Router(config, messages, new Flows(new OnboardingFlow(), new VolunteerFlow()),
                signer, coordinators, lookup);
        Pacer pacer = new Pacer(config.settings().broadcastPerSecond(), System::nanoTime, sleeper);
        delivery = new Delivery(db, gateway, clock, sleeper, Math.max(4, config.settings().lanes()), pacer);
        engine = new Engine(db, router, List.of(new ProfileWriter(), new VolunteerWriter(), new MeetingWriter(),
                new CommunityWriter()), delivery, messages, config.settings().defaultLanguage(), clock, config.settings().lanes());
        broadcaster = new Broadcaster(db, gateway, pacer, sleeper, clock, messages, signer);
        engine.onCommitted(e -> e instanceof BroadcastQueued, broadcaster::wake);
        inbox = new Inbox(db, engine, clock);
        scheduler = new Scheduler(db, engine, clock);
        delivery.resumePending();
        inbox.replay();
        scheduler.start();
        broadcaster.start();
        return inbox;
    }

    /** Where community links point: Telegram mode sets the bot's real username at start. */
    public CommunityLookup communities() {
        return communities;
    }

    /** Waits until every queued broadcast has gone out; for tests and the terminal. */
    public void broadcastsDone() {
        Waiting.until(broadcaster::idle);
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
        Waiting.until(scheduler::idle);
        engine.drain();
        Waiting.until(delivery::idle);
    }

    @Override
    public void close() {
        if (broadcaster != null) {
            broadcaster.close();
        }
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
