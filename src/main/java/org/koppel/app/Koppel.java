package org.koppel.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.random.RandomGenerator;
import org.koppel.admin.AdminChange;
import org.koppel.app.upgrade.LegacyButtons;
import org.koppel.app.upgrade.Upgrade;
import org.koppel.broadcast.BroadcastQueued;
import org.koppel.broadcast.Broadcaster;
import org.koppel.community.CommunityChange;
import org.koppel.community.Links;
import org.koppel.config.Config;
import org.koppel.core.ButtonSigner;
import org.koppel.core.Coordinators;
import org.koppel.core.Delivery;
import org.koppel.core.Engine;
import org.koppel.core.Eraser;
import org.koppel.core.Failures;
import org.koppel.core.Feature;
import org.koppel.core.Gateway;
import org.koppel.core.Housekeeping;
import org.koppel.core.Inbox;
import org.koppel.core.Pacer;
import org.koppel.core.Router;
import org.koppel.core.Scheduler;
import org.koppel.core.Secrets;
import org.koppel.core.Waiting;
import org.koppel.meeting.VideoRoom;
import org.koppel.i18n.Messages;
import org.koppel.ops.BackupRequested;
import org.koppel.ops.Backups;
import org.koppel.ops.Health;
import org.koppel.ops.Meters;
import org.koppel.ops.OpsServer;
import org.koppel.store.Database;

/** The bot put together: configuration, database, features, engine and delivery, behind any gateway. */
public final class Koppel implements AutoCloseable {
    private final Config config;
    private final Messages messages;
    private final Database db;
    private final Path dbFile;
    private final Clock clock;
    private final Links links = new Links();
    private final Meters meters = new Meters();
    private final List<Feature> features;
    private RandomGenerator random = new SecureRandom();
    private Delivery delivery;
    private Engine engine;
    private Scheduler scheduler;
    private Broadcaster broadcaster;
    private Backups backups;
    private RetentionSweeper retention;
    private OpsServer opsServer;

    private Koppel(Config config, Messages messages, Database db, Path dbFile, Clock clock) {
        this.config = config;
        this.messages = messages;
        this.db = db;
        this.dbFile = dbFile;
        this.clock = clock;
        this.features = Features.all(config, links);
    }

    /** Reads and checks config/ and messages/, opens the database, applies migrations and upgrades old rows. */
    public static Koppel open(Path configDir, Path messagesDir, Path dbFile, Clock clock) {
        return open(configDir, messagesDir, dbFile, clock, Database.Durability.POWER_SAFE);
    }

    /** As {@link #open(Path, Path, Path, Clock)}, with commits kept as durability says (the benchmarks compare both). */
    public static Koppel open(Path configDir, Path messagesDir, Path dbFile, Clock clock, Database.Durability durability) {
        Config config = Config.load(configDir);
        // reading and checking ten message files takes about as long as opening and migrating the
        // database: side by side the first poll came 0.13 s sooner (median of three, two cores)
        CompletableFuture<Messages> reading = CompletableFuture.supplyAsync(() -> Messages.load(messagesDir, config.settings()));
        Database db = null;
        try {
            db = Database.open(dbFile, clock, config.settings().maxCommitBatch(), durability);
            Upgrade.run(db, config, clock);
            return new Koppel(config, reading.join(), db, dbFile, clock);
        } catch (RuntimeException e) {
            if (db != null) {
                db.close();
            }
            // a broken message file is reported as itself (a ConfigException naming the file and key)
            throw e instanceof CompletionException c && c.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Ids and link tokens from a seeded source, so a test can know them in advance. */
    public Koppel withRandom(RandomGenerator seeded) {
        this.random = seeded;
        return this;
    }

    /**
     * Starts handling: forgets expired rows, handles updates stored before the last stop, resends
     * undelivered replies; makes backups and, with a healthPort, serves /health and /metrics.
     * Returns the inbox new updates go into.
     */
    public Inbox start(Gateway gateway, Delivery.Sleeper sleeper, Set<Long> bootstrap) {
        Housekeeping.run(db, clock);
        ButtonSigner signer = new ButtonSigner(Secrets.buttonKey(db));
        Secrets.key(db, VideoRoom.KEY);
        Coordinators coordinators = new Coordinators(bootstrap, db);
        Router router = new Router(config, messages, features, Features.ENTRY, signer, coordinators,
                new DatabaseViews(db), LegacyButtons::translate, random);
        Pacer pacer = new Pacer(config.settings().broadcastPerSecond(), System::nanoTime, sleeper);
        delivery = new Delivery(db, gateway, clock, sleeper, Math.max(4, config.settings().lanes()), pacer, meters);
        Failures failures = new Failures(db, delivery, messages, config.settings().defaultLanguage(), clock);
        engine = new Engine(db, router, features.stream().flatMap(f -> f.writers().stream()).toList(),
                new Eraser(Features.parts(features)), delivery, failures, clock, coordinators, config.settings().lanes(),
                meters);
        broadcaster = new Broadcaster(db, gateway, pacer, sleeper, clock, messages, signer,
                new org.koppel.event.EventInvitations(db, messages));
        engine.onCommitted(e -> e instanceof BroadcastQueued, broadcaster::wake);
        engine.onCommitted(e -> e instanceof BroadcastQueued, meters::broadcastQueued);
        Inbox inbox = new Inbox(db, engine, clock);
        scheduler = new Scheduler(db, engine, clock);
        var s = config.settings();
        backups = new Backups(db, Backups.directory(dbFile, s.backupDirectory()), s.backupHour(), s.backupKeep(),
                s.zone(), clock, scheduler::tell);
        engine.onCommitted(e -> e instanceof BackupRequested, backups::wake);
        retention = new RetentionSweeper(db, scheduler, clock, coordinators, s.retentionMonths(), s.zone());
        meters.watch(db, engine::pending);
        RoleSetup setup = new RoleSetup(db, gateway, messages, coordinators, scheduler);
        engine.onCommitted(e -> e instanceof AdminChange.BecomeCoordinator || e instanceof AdminChange.FirstAdmin
                || e instanceof CommunityChange.Appoint || e instanceof CommunityChange.RemoveKey
                || e instanceof CommunityChange.Join j && j.invite() != null, setup::changed);
        delivery.resumePending();
        inbox.replay();
        scheduler.start();
        broadcaster.start();
        backups.start();
        retention.start();
        setup.run();
        if (s.healthPort() > 0) {
            serveHealth(s.healthPort());
        }
        return inbox;
    }

    /**
     * Serves /health and /metrics on 127.0.0.1 at this port (0: any free one, for tests) until
     * closed; start does this when healthPort is set. Returns the address it listens on.
     */
    public InetSocketAddress serveHealth(int port) {
        try {
            opsServer = OpsServer.start(port, new Health(db, meters, clock), meters);
            return opsServer.address();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve health on 127.0.0.1:" + port, e);
        }
    }

    /** After start: a backup now, whatever the hour (the oldest beyond backupKeep go); returns its file. */
    public Path backupNow() {
        return backups.backupNow();
    }

    /** The numbers /metrics shows; the Telegram edge adds polls and rate limits. */
    /** Updates Telegram sent that the edge could not read and skipped (ids only). */
    public void unreadable(List<Long> updateIds) {
        engine.unreadable(updateIds);
    }

    public Meters meters() {
        return meters;
    }

    /** Where community links point: Telegram mode sets the bot's real username at start. */
    public Links links() {
        return links;
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

    /** The commands people can send, for the command menu. */
    public List<String> commands() {
        return features.stream().flatMap(f -> f.routes().stream()).map(r -> r.command()).distinct().toList();
    }

    /** Runs the jobs due by the clock now; the scheduler does this by itself, tests call it to be sure. */
    public int runDueJobs() {
        retention.sweep();
        return scheduler.runDue();
    }

    public Database db() {
        return db;
    }

    /** Waits until all updates handed in so far are handled, their replies delivered and erasures off the log. */
    public void settle() {
        // all at once: a step handled last may have woken the scheduler, whose pass may hand on events
        Waiting.until(() -> scheduler.idle() && engine.pending() == 0 && delivery.idle());
        db.awaitTruncated();
    }

    @Override
    public void close() {
        if (opsServer != null) {
            opsServer.close();
        }
        if (backups != null) {
            backups.close();
        }
        if (retention != null) {
            retention.close();
        }
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
