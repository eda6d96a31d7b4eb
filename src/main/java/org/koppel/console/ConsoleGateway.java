package org.koppel.console;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import org.koppel.core.Gateway;
import org.koppel.core.OutButton;
import org.koppel.core.Outgoing;

/**
 * Shows messages in the terminal, each under the name of the person it goes to, with its buttons
 * numbered. Remembers each person's newest keyboard so a typed number can press it.
 */
final class ConsoleGateway implements Gateway {
    private final PrintStream out;
    private final LongFunction<String> nameOf;
    private final Map<Long, Keyboard> keyboards = new ConcurrentHashMap<>();
    private final Path files;
    private final java.util.concurrent.atomic.AtomicLong unstored = new java.util.concurrent.atomic.AtomicLong();

    /** A message with buttons as last shown. */
    record Keyboard(long messageRef, List<List<OutButton>> rows) {
    }

    ConsoleGateway(PrintStream out, LongFunction<String> nameOf, Path files) {
        this.out = out;
        this.nameOf = nameOf;
        this.files = files;
    }

    @Override
    public long deliver(long chatId, Outgoing message, long outbox) {
        // messages sent outside the outbox (broadcasts) get refs of their own so they can be edited
        long outboxId = outbox != 0 ? outbox : -unstored.incrementAndGet();
        if (message instanceof Outgoing.Send s) {
            show(chatId, "", s.text(), s.buttons(), outboxId);
            return outboxId;
        }
        if (message instanceof Outgoing.Photo p) {
            show(chatId, "", "🖼 [photo]\n" + p.caption(), p.buttons(), outboxId);
            return outboxId;
        }
        if (message instanceof Outgoing.Document d) {
            show(chatId, "", d.caption() + "\n📎 " + save(chatId, d.fileName(), d.content().getBytes(StandardCharsets.UTF_8)), d.buttons(), outboxId);
            return outboxId;
        }
        if (message instanceof Outgoing.Image i) {
            show(chatId, "", i.caption() + "\n🖼 " + save(chatId, i.fileName(), i.bytes()), i.buttons(), outboxId);
            return outboxId;
        }
        if (message instanceof Outgoing.Edit e && e.text() == null && !e.buttons().isEmpty()) {
            show(chatId, " (the buttons change)", "", e.buttons(), e.messageRef());
            return e.messageRef();
        }
        if (message instanceof Outgoing.Edit e && e.text() == null) {
            synchronized (out) {
                out.println("── to " + nameOf.apply(chatId) + ": the buttons of an earlier message are gone ──");
            }
            // an empty keyboard, not none: none would make the terminal look the old one up again
            keyboards.put(chatId, new Keyboard(e.messageRef(), List.of()));
            return e.messageRef();
        }
        if (message instanceof Outgoing.Edit e) {
            show(chatId, " (updated)", e.text(), e.buttons(), e.messageRef());
            return e.messageRef();
        }
        Outgoing.Answer a = (Outgoing.Answer) message;
        if (a.text() != null) {
            synchronized (out) {
                out.println("  [" + nameOf.apply(chatId) + " sees a notice] " + a.text());
            }
        }
        return 0;
    }

    /** Files are written next to the database, so a calendar file can be opened from the terminal. */
    private String save(long chatId, String fileName, byte[] content) {
        String name = nameOf.apply(chatId).replaceAll("[^\\p{L}\\p{N}_-]", "_") + "-" + fileName;
        try {
            Files.createDirectories(files);
            Path file = files.resolve(name);
            Files.write(file, content);
            return file.toString();
        } catch (IOException e) {
            return fileName + " (could not be saved: " + e.getClass().getSimpleName() + ")";
        }
    }

    Keyboard keyboard(long chatId) {
        return keyboards.get(chatId);
    }

    void remember(long chatId, Keyboard k) {
        keyboards.putIfAbsent(chatId, k);
    }

    private void show(long chatId, String note, String text, List<List<OutButton>> rows, long ref) {
        StringBuilder b = new StringBuilder();
        b.append("── to ").append(nameOf.apply(chatId)).append(note).append(" ──\n").append(text.isEmpty() ? "" : text + "\n");
        int n = 1;
        for (List<OutButton> row : rows) {
            b.append("  ");
            for (OutButton button : row) {
                b.append('[').append(n++).append("] ").append(button.label())
                        .append(button.url() == null ? "" : " (link: " + button.url() + ")").append("   ");
            }
            b.append('\n');
        }
        if (!rows.isEmpty()) {
            keyboards.put(chatId, new Keyboard(ref, rows));
        }
        synchronized (out) {
            out.print(b);
            out.flush();
        }
    }
}
