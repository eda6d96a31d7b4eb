package org.koppel.console;

import java.io.PrintStream;
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

    /** A message with buttons as last shown. */
    record Keyboard(long messageRef, List<List<OutButton>> rows) {
    }

    ConsoleGateway(PrintStream out, LongFunction<String> nameOf) {
        this.out = out;
        this.nameOf = nameOf;
    }

    @Override
    public long deliver(long chatId, Outgoing message, long outboxId) {
        if (message instanceof Outgoing.Send s) {
            show(chatId, "", s.text(), s.buttons(), outboxId);
            return outboxId;
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

    Keyboard keyboard(long chatId) {
        return keyboards.get(chatId);
    }

    void remember(long chatId, Keyboard k) {
        keyboards.putIfAbsent(chatId, k);
    }

    private void show(long chatId, String note, String text, List<List<OutButton>> rows, long ref) {
        StringBuilder b = new StringBuilder();
        b.append("── to ").append(nameOf.apply(chatId)).append(note).append(" ──\n").append(text).append('\n');
        int n = 1;
        for (List<OutButton> row : rows) {
            b.append("  ");
            for (OutButton button : row) {
                b.append('[').append(n++).append("] ").append(button.label()).append("   ");
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
