package org.koppel.stats;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.koppel.app.Koppel;
import org.koppel.core.Inbound;
import org.koppel.core.Inbox;
import org.koppel.core.OutButton;
import org.koppel.core.Outgoing;
import org.koppel.core.Update;
import org.koppel.i18n.Texts;
import org.koppel.store.Sql;

/** Koppel on a real SQLite file with the real config/ and messages/, driven by typing and pressing. */
final class Bot implements AutoCloseable {
    static final long COORDINATOR = 900;
    private static final AtomicLong KEYS = new AtomicLong();
    private static final String RUN = Long.toString(System.nanoTime(), 36);
    final Koppel koppel;
    private final Inbox inbox;
    private final List<Sent> sent = new ArrayList<>();

    private record Sent(long chat, Outgoing message, long ref) {
    }

    Bot(Path db, Clock clock) {
        koppel = Koppel.open(Path.of("config"), Path.of("messages"), db, clock);
        inbox = koppel.start((chat, message, outboxId) -> {
            synchronized (sent) {
                sent.add(new Sent(chat, message, sent.size() + 1));
                return sent.size();
            }
        }, millis -> { }, Set.of(COORDINATOR));
    }

    void send(long person, String text) {
        inbox.accept(List.of(new Update("s:" + RUN + ":" + KEYS.incrementAndGet(), person, person, true, "Sam", "en",
                Update.typed(text))));
        koppel.settle();
    }

    /** Presses the button with this action on the newest message with buttons to the person. */
    void press(long person, String action) {
        Sent shown;
        synchronized (sent) {
            shown = sent.stream().filter(s -> s.chat() == person && s.message() instanceof Outgoing.Send
                    && s.message().hasButtons()).reduce((a, b) -> b).orElseThrow();
        }
        String data = shown.message().buttons().stream().flatMap(List::stream).map(OutButton::data)
                .filter(d -> d != null && d.split("\\|")[d.split("\\|").length - 2].equals(action))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + action + " for " + person));
        inbox.accept(List.of(new Update("s:" + RUN + ":" + KEYS.incrementAndGet(), person, person, true, "Sam", "en",
                new Inbound.Press(data, "p" + KEYS.incrementAndGet(), shown.ref()))));
        koppel.settle();
    }

    /** Asks for erasure the way a person does: /delete, then yes. */
    void delete(long person) {
        send(person, "/delete");
        press(person, "yes");
    }

    <T> T read(Sql<T> work) {
        return koppel.db().read(work);
    }

    void write(Sql<?> work) {
        koppel.db().write(work);
    }

    Texts texts(String language) {
        return koppel.messages().of(language);
    }

    @Override
    public void close() {
        koppel.close();
    }
}
