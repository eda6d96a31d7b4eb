package org.koppel.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.koppel.app.Koppel;
import org.koppel.core.Inbound;
import org.koppel.core.Inbox;
import org.koppel.core.OutButton;
import org.koppel.core.OutboxStore;
import org.koppel.core.Update;
import org.koppel.app.DemoData;

/**
 * Terminal mode: several people chat with the same core and database. "Name: text" speaks as
 * Name, "@Name" switches, a number presses a button of the current person's newest message.
 */
public final class ConsoleApp {
    static final String HELP = String.join("\n",
            "Terminal mode. Type as one or more people:",
            "  Amira: hello         speak as Amira (and switch to her)",
            "  @Amira               switch to Amira; then just type",
            "  2                    press button 2 of the newest message with buttons",
            "  \"30                  send 30 as typed text (an answer that is a number)",
            "  :photo :sticker :voice   send something that is not text (:photo a caption = a photo with it)",
            "  :edit some text      pretend to edit an earlier message",
            "  :wait 2h             let time pass (30m, 2h, 1d, 6w): reminders and follow-ups fall due",
            "  :help                this help        :quit   stop (Ctrl-D works too)");

    static final String DEMO_COORDINATOR = "Coordinator";
    static final String DEMO_HELP = String.join("\n",
            "Demo people: Coordinator (Coordinator: /admin for reviews, people, reports, statistics, backups);",
            "  volunteers Joost (healthcare, Utrecht, Dutch), Lotte (ICT, Noord-Holland, speaks Arabic),",
            "  Pieter (construction, Zuid-Holland, in person only), Sarah (education, video only, English),",
            "  Mehmet (logistics, Utrecht, Turkish); key person Samira of the community "
                    + "\"Syrische gemeenschap Utrecht\" (members Amal, Yusuf, Hana; Samira: /broadcast).",
            "Try: Amira: hello   then make a profile and tap \"Find me a coffee meeting\";",
            "  the volunteer who is asked answers with @Name and the button numbers.");
    private final Koppel koppel;
    private final PrintStream out;
    private final ConsolePeople people;
    private final ConsoleGateway gateway;
    private Inbox inbox;
    private String current;
    private long presses;

    /** Files the bot sends, such as calendar files, are written to {@code files}. */
    public ConsoleApp(Koppel koppel, PrintStream out, Path files) {
        this.koppel = koppel;
        this.out = out;
        this.people = new ConsolePeople(koppel.db());
        this.gateway = new ConsoleGateway(out, people::nameOf, files);
    }

    public void run(InputStream in, boolean demo) throws IOException {
        Set<Long> coordinators = new HashSet<>();
        koppel.config().settings().consoleCoordinators().forEach(name -> coordinators.add(people.idOf(name)));
        if (demo) {
            coordinators.add(people.idOf(DEMO_COORDINATOR));
            seedDemo();
        }
        inbox = koppel.start(gateway, Thread::sleep, coordinators);
        koppel.settle();
        out.println(HELP);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        prompt();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.strip().equals(":quit")) {
                break;
            }
            handle(line);
            koppel.settle();
            // the terminal shows a broadcast through before the next prompt
            koppel.broadcastsDone();
            koppel.settle();
            prompt();
        }
    }

    /** --demo: volunteers and a key person to try a whole meeting with, written once per database. */
    private void seedDemo() {
        Map<String, Long> ids = new HashMap<>();
        DemoData.names().forEach(n -> ids.put(n, people.idOf(n)));
        long coordinator = people.idOf(DEMO_COORDINATOR);
        boolean added = koppel.db().write(c -> DemoData.seed(c, ids, coordinator, koppel.clock().millis()));
        out.println(added ? "Demo data added." : "Demo data was already there.");
        out.println(DEMO_HELP);
    }

    void handle(String raw) {
        String line = raw.strip();
        if (line.isEmpty()) {
            return;
        }
        if (line.equals(":help")) {
            out.println(HELP);
            return;
        }
        if (line.startsWith(":wait")) {
            await(line.substring(5).strip());
            return;
        }
        if (line.startsWith("@")) {
            int space = line.indexOf(' ');
            current = (space < 0 ? line.substring(1) : line.substring(1, space)).strip();
            line = space < 0 ? "" : line.substring(space + 1).strip();
        } else {
            // "Amira: hello" names the speaker; "Dinner at 18:00" does not (no space after that colon),
            // nor does a sentence with a colon in it (a name is at most three words)
            int colon = line.indexOf(':');
            boolean named = colon > 0 && (colon + 1 == line.length() || Character.isWhitespace(line.charAt(colon + 1)))
                    && line.substring(0, colon).matches("\\p{L}[\\p{L}\\p{N}_.-]*( [\\p{L}\\p{N}_.-]+){0,2}")
                    && colon <= 32;
            if (named) {
                current = line.substring(0, colon).strip();
                line = line.substring(colon + 1).strip();
            }
        }
        if (current == null || current.isEmpty()) {
            out.println("Who is speaking? Start with a name, for example:  Amira: hello");
            current = null;
            return;
        }
        if (!line.isEmpty()) {
            send(people.idOf(current), line);
        }
    }

    /** ":wait 2h": moves the terminal's clock on and runs what fell due meanwhile. */
    private void await(String amount) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,4})([mhdw])").matcher(amount);
        if (!(koppel.clock() instanceof ShiftedClock clock) || !m.matches()) {
            out.println("Say how long, for example  :wait 30m   :wait 2h   :wait 1d   :wait 6w");
            return;
        }
        long n = Long.parseLong(m.group(1));
        java.time.Duration d = switch (m.group(2)) {
            case "m" -> java.time.Duration.ofMinutes(n);
            case "h" -> java.time.Duration.ofHours(n);
            case "d" -> java.time.Duration.ofDays(n);
            default -> java.time.Duration.ofDays(7 * n);
        };
        clock.advance(d);
        out.println("(" + amount + " later: " + java.time.format.DateTimeFormatter.ofPattern("EEE d MMM HH:mm")
                .format(koppel.clock().instant().atZone(koppel.config().settings().zone())) + ")");
        koppel.runDueJobs();
    }

    private void send(long id, String line) {
        Inbound event;
        if (line.startsWith("\"") && line.length() > 1) {
            // a number meant as an answer ("30 places"), not a button: "30
            event = Update.typed(line.substring(1));
        } else if (line.matches("\\d{1,3}")) {
            event = press(id, Integer.parseInt(line));
            if (event == null) {
                return;
            }
        } else if (line.startsWith(":photo ")) {
            // a photo with a caption, as a key person sends for a broadcast
            event = new Inbound.Photo("console-photo", line.substring(7).strip());
        } else if (line.equals(":photo") || line.equals(":sticker") || line.equals(":voice")) {
            event = new Inbound.Unsupported(line.substring(1));
        } else if (line.startsWith(":edit")) {
            event = new Inbound.Edited();
        } else {
            event = Update.typed(line);
        }
        String key = "console:" + UUID.randomUUID();
        inbox.accept(List.of(new Update(key, id, id, true, current, null, event)));
    }

    private Inbound press(long id, int number) {
        ConsoleGateway.Keyboard k = gateway.keyboard(id);
        if (k == null) {
            koppel.db().read(c -> OutboxStore.latestKeyboard(c, id)).ifPresent(shown -> {
                gateway.remember(id, new ConsoleGateway.Keyboard(shown.messageRef(), shown.message().buttons()));
            });
            k = gateway.keyboard(id);
        }
        List<OutButton> flat = new ArrayList<>();
        if (k != null) {
            k.rows().forEach(flat::addAll);
        }
        if (number < 1 || number > flat.size()) {
            out.println(flat.isEmpty() ? "There are no buttons to press for " + current + "."
                    : "Choose a button between 1 and " + flat.size() + ", or type \"" + number + " to send "
                    + number + " as text.");
            return null;
        }
        OutButton b = flat.get(number - 1);
        if (b.url() != null) {
            out.println("On Telegram this button opens " + b.url());
            return null;
        }
        return new Inbound.Press(b.data(), "console-" + (++presses), k.messageRef());
    }

    private void prompt() {
        out.print(current == null ? "> " : current + "> ");
        out.flush();
    }
}
