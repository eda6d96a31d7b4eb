package org.koppel.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes src/test/resources/legacy/koppel-0.1.db with the one-conversation release, so the
 * redesign's upgrade can be tested on a file that release really wrote. Run once with
 * -Dkoppel.legacyFixture=src/test/resources/legacy/koppel-0.1.db; kept only until the redesign.
 */
final class LegacyFixtureMaker {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    @Test
    @EnabledIfSystemProperty(named = "koppel.legacyFixture", matches = ".+")
    void write() throws Exception {
        Path target = Path.of(System.getProperty("koppel.legacyFixture"));
        Path work = Files.createTempDirectory("legacy");
        Path db = work.resolve("k.db");
        try (TestBot bot = new TestBot(db, clock)) {
            bot.send(TestBot.COORDINATOR, "en", "hello");
            community(bot);
            pair(bot, 2003, "Joost", 1003, "Amira", "healthcare", "nursing");
            MeetingPlanTest.accepted(bot, 1003, 2003);
            MeetingPlanTest.propose(bot, 2003, "Café De Zaak, Utrecht");
            bot.press(1003, "pick:1");
            RecordingGateway.Delivered card = MeetingPlanTest.card(bot, 1003);
            bot.pressOn(1003, card, MeetingPlanTest.actionOn(card, "crd:sh:"));
            bot.send(1003, "/message");
            bot.send(1003, "See you on Wednesday at the café");

            pair(bot, 2004, "Mila", 1004, "Bashir", "ict", "software_development");
            bot.send(1004, "/meet");

            pair(bot, 2005, "Ruud", 1005, "Chen", "construction", "carpentry");
            MeetingPlanTest.accepted(bot, 1005, 2005);
            MeetingPlanTest.propose(bot, 2005, "Bouwcafé Amersfoort");

            pair(bot, 2006, "Sara", 1006, "Dana", "education", "primary_teaching");
            MeetingPlanTest.accepted(bot, 1006, 2006);
            bot.press(2006, "slot:0");

            pair(bot, 2007, "Tom", 1007, "Eli", "logistics", "warehouse");
            MeetingPlanTest.accepted(bot, 1007, 2007);
            bot.press(2007, "slot:0");
            bot.press(2007, "done");
            bot.send(2007, "Station Utrecht Centraal");
            bot.press(1007, "pick:0");
            clock.set(Instant.parse("2026-11-24T21:00:00Z"));
            bot.koppel.runDueJobs();
            bot.koppel.settle();
            RecordingGateway.Delivered held = bot.out.keyboard(1007);
            bot.pressOn(1007, held, MeetingPlanTest.actionOn(held, "fu:h:"));

            halfWay(bot);
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.copy(db, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void community(TestBot bot) {
        bot.send(TestBot.COORDINATOR, "/newcommunity");
        bot.send(TestBot.COORDINATOR, "Syrische gemeenschap Zwolle");
        bot.press(TestBot.COORDINATOR, "cm:lang:ar");
        bot.press(TestBot.COORDINATOR, "cm:region:nl-ov");
        String created = bot.out.textsTo(TestBot.COORDINATOR).get(bot.out.textsTo(TestBot.COORDINATOR).size() - 1);
        String join = created.substring(created.indexOf("?start=") + 7).split("\\s")[0];
        bot.send(TestBot.COORDINATOR, "/communities");
        bot.press(TestBot.COORDINATOR, "cm:inv:0");
        String invite = bot.out.textsTo(TestBot.COORDINATOR).get(bot.out.textsTo(TestBot.COORDINATOR).size() - 1);
        invite = invite.substring(invite.indexOf("?start=") + 7).strip();
        bot.send(3001, "ar", "/start " + invite);
        RecordingGateway.Delivered offer = bot.out.keyboard(3001);
        bot.pressOn(3001, offer, MeetingPlanTest.actionOn(offer, "kp:"));
        bot.send(3002, "ar", "/start " + join);
        offer = bot.out.keyboard(3002);
        bot.pressOn(3002, offer, MeetingPlanTest.actionOn(offer, "jn:"));
    }

    /** An approved volunteer and a newcomer with a finished profile, both in this sector. */
    private static void pair(TestBot bot, long volunteer, String vname, long newcomer, String nname, String sector,
                             String skill) {
        bot.send(volunteer, "nl", "/start");
        bot.press(volunteer, "continue");
        bot.press(volunteer, "role:volunteer");
        bot.press(volunteer, "yes");
        bot.send(volunteer, vname);
        bot.send(volunteer, "Adviseur");
        bot.press(volunteer, "skip");
        bot.press(volunteer, "t:" + sector);
        bot.press(volunteer, "done");
        bot.press(volunteer, "t:cv");
        bot.press(volunteer, "done");
        bot.press(volunteer, "t:nl");
        bot.press(volunteer, "t:en");
        bot.press(volunteer, "done");
        bot.press(volunteer, "p:nl-ut");
        bot.press(volunteer, "p:either");
        bot.press(volunteer, "p:2");
        bot.press(volunteer, "t:weekday_evening");
        bot.press(volunteer, "done");
        bot.press(volunteer, "confirm");
        RecordingGateway.Delivered review = bot.out.to(TestBot.COORDINATOR).stream()
                .filter(d -> d.message() instanceof Outgoing.Send s && !s.buttons().isEmpty()
                        && s.buttons().get(0).get(0).data().contains("rev:ok:" + volunteer + "|"))
                .reduce((a, b) -> b).orElseThrow();
        bot.pressOn(TestBot.COORDINATOR, review, "rev:ok:" + volunteer);

        bot.send(newcomer, "en", "/start");
        bot.press(newcomer, "continue");
        bot.press(newcomer, "role:newcomer");
        bot.press(newcomer, "yes");
        bot.send(newcomer, nname);
        bot.press(newcomer, "p:nl-ut");
        bot.send(newcomer, "Utrecht");
        bot.press(newcomer, "t:" + sector);
        bot.press(newcomer, "done");
        bot.send(newcomer, "Specialist");
        bot.press(newcomer, "p:5to10");
        bot.press(newcomer, "t:" + skill);
        bot.press(newcomer, "done");
        bot.press(newcomer, "skip");
        bot.press(newcomer, "p:bachelor");
        bot.press(newcomer, "p:a2");
        bot.press(newcomer, "t:en");
        bot.press(newcomer, "done");
        bot.press(newcomer, "t:job");
        bot.press(newcomer, "done");
        bot.press(newcomer, "t:weekday_evening");
        bot.press(newcomer, "done");
        bot.press(newcomer, "p:either");
        bot.press(newcomer, "confirm");
    }

    /** People half-way: a newcomer at the skills, one who paused, a volunteer at the offers, one pending. */
    private static void halfWay(TestBot bot) {
        bot.send(1001, "ar", "/start");
        bot.press(1001, "continue");
        bot.press(1001, "role:newcomer");
        bot.press(1001, "yes");
        bot.send(1001, "لينا");
        bot.press(1001, "p:nl-ov");
        bot.send(1001, "Zwolle");
        bot.press(1001, "t:healthcare");
        bot.press(1001, "done");
        bot.send(1001, "Apotheker");
        bot.press(1001, "p:3to5");
        bot.press(1001, "t:pharmacy");

        bot.send(1002, "en", "/start");
        bot.press(1002, "continue");
        bot.press(1002, "role:newcomer");
        bot.press(1002, "yes");
        bot.send(1002, "Pia");
        bot.press(1002, "p:nl-ge");
        bot.press(1002, "skip");
        bot.press(1002, "t:care");
        bot.press(1002, "done");
        bot.send(1002, "Verzorgende");
        bot.press(1002, "p:1to3");
        bot.press(1002, "done");
        bot.press(1002, "skip");
        bot.send(1002, "/cancel");

        bot.send(2001, "nl", "/start");
        bot.press(2001, "continue");
        bot.press(2001, "role:volunteer");
        bot.press(2001, "yes");
        bot.send(2001, "Vera");
        bot.send(2001, "HR-adviseur");
        bot.send(2001, "Gemeente Zwolle");
        bot.press(2001, "t:office");
        bot.press(2001, "done");

        bot.send(2002, "nl", "/start");
        bot.press(2002, "continue");
        bot.press(2002, "role:volunteer");
        bot.press(2002, "yes");
        bot.send(2002, "Piet");
        bot.send(2002, "Monteur");
        bot.press(2002, "skip");
        bot.press(2002, "t:technical_trades");
        bot.press(2002, "done");
        bot.press(2002, "t:shadowing");
        bot.press(2002, "done");
        bot.press(2002, "t:nl");
        bot.press(2002, "done");
        bot.press(2002, "p:nl-ov");
        bot.press(2002, "p:in_person");
        bot.press(2002, "p:1");
        bot.press(2002, "t:weekend");
        bot.press(2002, "done");
        bot.press(2002, "confirm");
    }
}
