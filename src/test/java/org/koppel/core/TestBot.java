package org.koppel.core;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.koppel.app.Koppel;

/** Koppel on a real SQLite file with a recording gateway, driven the way the edges drive it. */
final class TestBot implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    static final long COORDINATOR = 900;
    static final long SECOND_COORDINATOR = 901;
    private static final AtomicLong KEYS = new AtomicLong();
    /** Update keys unique to this run, so a database written by another run (a fixture) never takes them for repeats. */
    private static final String RUN = Long.toString(System.nanoTime(), 36);
    final Koppel koppel;
    final RecordingGateway out = new RecordingGateway();
    final Inbox inbox;

    TestBot(Path db) {
        this(db, CLOCK);
    }

    TestBot(Path db, Clock clock) {
        this(db, clock, g -> g);
    }

    /** With the gateway wrapped, e.g. to hold a delivery back (review tests). */
    TestBot(Path db, Clock clock, java.util.function.UnaryOperator<Gateway> wrap) {
        koppel = Koppel.open(Path.of("config"), Path.of("messages"), db, clock);
        inbox = koppel.start(wrap.apply(out), millis -> { }, Set.of(COORDINATOR, SECOND_COORDINATOR));
    }

    static Update update(long person, String languageHint, Inbound event) {
        return new Update("t:" + RUN + ":" + KEYS.incrementAndGet(), person, person, true, "Sam", languageHint, event);
    }

    void send(long person, String languageHint, String text) {
        inbox.accept(List.of(update(person, languageHint, Update.typed(text))));
        koppel.settle();
    }

    void send(long person, String text) {
        send(person, "en", text);
    }

    /** Presses the button with this action on the person's newest keyboard. */
    void press(long person, String action) {
        RecordingGateway.Delivered k = out.keyboard(person);
        inbox.accept(List.of(update(person, "en", new Inbound.Press(data(k, action), "p" + KEYS.incrementAndGet(), k.ref()))));
        koppel.settle();
    }

    /** Presses the first button on the person's newest keyboard whose action starts so (ids follow the prefix). */
    void pressStarting(long person, String prefix) {
        RecordingGateway.Delivered k = out.keyboard(person);
        pressOn(person, k, MeetingPlanTest.actionOn(k, prefix));
    }

    /**
     * Presses the button with this label on the newest message to the person that shows it, as a
     * person would: by what it says, not by how it is coded.
     */
    void pressLabel(long person, String label) {
        List<RecordingGateway.Delivered> mine = out.to(person);
        for (int i = mine.size() - 1; i >= 0; i--) {
            RecordingGateway.Delivered d = mine.get(i);
            for (List<OutButton> row : RecordingGateway.buttons(d.message())) {
                for (OutButton b : row) {
                    if (b.data() != null && b.label().equals(label)) {
                        inbox.accept(List.of(update(person, "en", new Inbound.Press(b.data(), "p" + KEYS.incrementAndGet(), d.ref()))));
                        koppel.settle();
                        return;
                    }
                }
            }
        }
        throw new AssertionError("no button labelled " + label + " for " + person);
    }

    /**
     * Presses, on the newest message to the person that has one, the button of a conversation whose
     * key starts with keyPrefix and whose action starts with actionPrefix.
     */
    void tap(long person, String keyPrefix, String actionPrefix) {
        List<RecordingGateway.Delivered> mine = out.to(person);
        for (int i = mine.size() - 1; i >= 0; i--) {
            for (List<OutButton> row : RecordingGateway.buttons(mine.get(i).message())) {
                for (OutButton b : row) {
                    if (b.data() != null && key(b).startsWith(keyPrefix) && action(b).startsWith(actionPrefix)) {
                        // this very button: on a list, several buttons share an action ("view") under different keys
                        inbox.accept(List.of(update(person, "en",
                                new Inbound.Press(b.data(), "p" + KEYS.incrementAndGet(), mine.get(i).ref()))));
                        koppel.settle();
                        return;
                    }
                }
            }
        }
        throw new AssertionError("no button " + keyPrefix + "… " + actionPrefix + "… for " + person);
    }

    /** The newest message to the person with a button of a conversation whose key starts with keyPrefix. */
    RecordingGateway.Delivered shownWith(long person, String keyPrefix) {
        List<RecordingGateway.Delivered> mine = out.to(person);
        for (int i = mine.size() - 1; i >= 0; i--) {
            for (List<OutButton> row : RecordingGateway.buttons(mine.get(i).message())) {
                for (OutButton b : row) {
                    if (b.data() != null && key(b).startsWith(keyPrefix)) {
                        return mine.get(i);
                    }
                }
            }
        }
        throw new AssertionError("no message with a button of " + keyPrefix + " for " + person);
    }

    /** Presses the button with this action on a given message, such as a review request. */
    void pressOn(long person, RecordingGateway.Delivered shown, String action) {
        inbox.accept(List.of(update(person, "en",
                new Inbound.Press(data(shown, action), "p" + KEYS.incrementAndGet(), shown.ref()))));
        koppel.settle();
    }

    /** The button whose action is this one, or else starts with it and a colon ("ok" finds "ok:stamp"). */
    static String data(RecordingGateway.Delivered shown, String action) {
        String stamped = null;
        for (List<OutButton> row : RecordingGateway.buttons(shown.message())) {
            for (OutButton b : row) {
                if (b.data() == null) {
                    continue;
                }
                if (action(b).equals(action)) {
                    return b.data();
                }
                if (stamped == null && action(b).startsWith(action + ":")) {
                    stamped = b.data();
                }
            }
        }
        if (stamped == null) {
            throw new AssertionError("no button " + action);
        }
        return stamped;
    }

    /** The action a button stands for ("key|seq|action|mac"). */
    static String action(OutButton b) {
        String[] parts = b.data().split("\\|");
        return parts[parts.length - 2];
    }

    /** The conversation a button belongs to. */
    static String key(OutButton b) {
        return b.data().split("\\|")[0];
    }

    /** The first column of the first row the query gives, or "none" when it gives no row. */
    String one(String sql) {
        return koppel.db().read(c -> {
            try (var r = c.createStatement().executeQuery(sql)) {
                return r.next() ? r.getString(1) : "none";
            }
        });
    }

    PersonState state(long person) {
        return koppel.db().read(c -> PersonStore.load(c, person));
    }

    /** The state of one of the person's conversations, or "none" when they do not hold it. */
    String state(long person, String key) {
        Conv c = state(person).conversation(key);
        return c == null ? "none" : c.state();
    }

    String t(String language, String key, Object... args) {
        var texts = koppel.messages().of(language);
        return texts.message(texts.t(key, args));
    }

    @Override
    public void close() {
        koppel.close();
    }
}
