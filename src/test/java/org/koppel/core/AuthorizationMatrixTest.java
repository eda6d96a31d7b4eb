package org.koppel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command for every role (stranger, newcomer, volunteer pending, approved and suspended,
 * key person, coordinator), each answered as the README says: allowed (any answer that is not a
 * refusal), or refused with the words for that role. The whole table is checked at once, so a
 * failure shows every cell that differs. Buttons are checked per screen in AdminAuthorizationTest,
 * StaleRoleButtonTest (a role taken away while its buttons are on screen),
 * EventTest, SalonTest and FuzzTest (a button from someone else's chat).
 */
final class AuthorizationMatrixTest {
    private static final String OK = "allowed";
    private static final Set<String> REFUSALS = Set.of("admin.only", "community.coordinators_only",
            "event.organisers_only", "feedback.key_only", "broadcast.none", "meet.for_newcomers", "meet.profile_first",
            "intro.volunteers_only", "account.suspended", "profile.none", "input.unknown_command", "error.internal");

    private enum Role {
        STRANGER(541, "en"), NEWCOMER(542, "en"), PENDING(641, "nl"), APPROVED(642, "nl"), SUSPENDED(643, "nl"),
        KEY(741, "en"), COORDINATOR(TestBot.COORDINATOR, "en");

        final long id;
        final String language;

        Role(long id, String language) {
            this.id = id;
            this.language = language;
        }
    }

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    /** The README's table: what each role gets; roles not named get `others`. */
    private static Map<Role, String> row(String others, Object... pairs) {
        Map<Role, String> out = new LinkedHashMap<>();
        for (Role r : Role.values()) {
            out.put(r, r == Role.SUSPENDED ? "account.suspended" : others);
        }
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((Role) pairs[i], (String) pairs[i + 1]);
        }
        return out;
    }

    private static Map<String, Map<Role, String>> expected() {
        Map<String, Map<Role, String>> t = new LinkedHashMap<>();
        t.put("admin", row("admin.only", Role.COORDINATOR, OK));
        t.put("newcommunity", row("community.coordinators_only", Role.COORDINATOR, OK));
        t.put("newevent", row("event.organisers_only", Role.KEY, OK, Role.COORDINATOR, OK));
        t.put("events", row("event.organisers_only", Role.KEY, OK, Role.COORDINATOR, OK));
        t.put("broadcast", row("broadcast.none", Role.KEY, OK, Role.COORDINATOR, OK));
        t.put("feedback", row("feedback.key_only", Role.KEY, OK));
        t.put("meet", row("meet.profile_first", Role.NEWCOMER, OK, Role.PENDING, "meet.for_newcomers",
                Role.APPROVED, "meet.for_newcomers"));
        t.put("introduce", row("intro.volunteers_only", Role.PENDING, OK, Role.APPROVED, OK));
        t.put("profile", row(OK, Role.STRANGER, "profile.none", Role.KEY, "profile.none", Role.COORDINATOR, "profile.none"));
        for (String c : List.of("message", "communities", "pause", "resume")) {
            t.put(c, row(OK));
        }
        for (String c : List.of("language", "help", "mydata", "cancel", "delete")) {
            t.put(c, row(OK, Role.SUSPENDED, OK));
        }
        return t;
    }

    /** The refusal the first reply is, or "allowed". */
    private static String outcome(TestBot bot, Role r, int before) {
        List<RecordingGateway.Delivered> got = bot.out.to(r.id);
        for (int i = before; i < got.size(); i++) {
            Outgoing m = got.get(i).message();
            String text = m instanceof Outgoing.Send s ? s.text() : m instanceof Outgoing.Document d ? d.caption() : null;
            if (text == null) {
                continue;
            }
            for (String key : REFUSALS) {
                if (text.startsWith(bot.t(r.language, key).split("\\{")[0])) {
                    return key;
                }
            }
            return OK;
        }
        return "nothing";
    }

    @Test
    void everyCommandForEveryRoleIsAllowedOrRefusedAsTheReadmeSays() {
        try (TestBot bot = new TestBot(dir.resolve("k.db"), clock)) {
            bot.send(TestBot.COORDINATOR, "hello");
            People.newcomer(bot, Role.NEWCOMER.id, "Amira");
            People.volunteer(bot, Role.PENDING.id, "Paula");
            People.approvedVolunteer(bot, Role.APPROVED.id, "Pim");
            People.approvedVolunteer(bot, Role.SUSPENDED.id, "Sam");
            bot.send(TestBot.COORDINATOR, "/admin");
            bot.press(TestBot.COORDINATOR, "vol");
            bot.tap(TestBot.COORDINATOR, "subject:" + Long.toString(Role.SUSPENDED.id, 36), "view");
            bot.press(TestBot.COORDINATOR, "susp");
            bot.press(TestBot.COORDINATOR, "r:conduct");
            assertEquals("1", bot.one("SELECT suspended FROM person WHERE id = " + Role.SUSPENDED.id));
            String[] links = CommunityTest.links(bot);
            bot.send(Role.KEY.id, "en", "/start " + links[1]);
            RecordingGateway.Delivered offer = bot.out.keyboard(Role.KEY.id);
            bot.pressOn(Role.KEY.id, offer, MeetingPlanTest.actionOn(offer, "key:"));

            Map<String, Map<Role, String>> expected = expected();
            List<String> commands = new ArrayList<>(bot.koppel.commands());
            commands.remove("start");
            assertEquals(Set.of(), Set.copyOf(commands).stream().filter(c -> !expected.containsKey(c))
                    .collect(java.util.stream.Collectors.toSet()), "a command without a row in the table");
            List<String> differ = new ArrayList<>();
            for (Role r : Role.values()) {
                for (var e : expected.entrySet()) {
                    int before = bot.out.to(r.id).size();
                    bot.send(r.id, r.language, "/" + e.getKey());
                    String got = outcome(bot, r, before);
                    if (!got.equals(e.getValue().get(r))) {
                        differ.add(r + " /" + e.getKey() + ": expected " + e.getValue().get(r) + ", got " + got);
                    }
                    bot.send(r.id, r.language, "/cancel");
                }
            }
            assertEquals(List.of(), differ);
        }
    }
}
