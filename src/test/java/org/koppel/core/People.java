package org.koppel.core;

/** Ready-made people for engine tests: an approved volunteer, a newcomer with a full profile. */
final class People {
    private People() {
    }

    /** A volunteer in Utrecht, healthcare, Dutch and English, approved by the coordinator. */
    static void approvedVolunteer(TestBot bot, long who, String name) {
        approvedVolunteer(bot, who, name, "weekday_evening");
    }

    /** The same volunteer, free in another part of the week (an availability code). */
    static void approvedVolunteer(TestBot bot, long who, String name, String when) {
        approvedVolunteer(bot, who, name, when, "Verpleegkundige");
    }

    static void approvedVolunteer(TestBot bot, long who, String name, String when, String jobTitle) {
        volunteer(bot, who, name, when, jobTitle);
        bot.tap(TestBot.COORDINATOR, "review:" + Long.toString(who, 36), "ok");
    }

    static void volunteer(TestBot bot, long who, String name) {
        volunteer(bot, who, name, "weekday_evening");
    }

    static void volunteer(TestBot bot, long who, String name, String when) {
        volunteer(bot, who, name, when, "Verpleegkundige");
    }

    /** A volunteer whose job title is given, such as words a test looks for later. */
    static void volunteer(TestBot bot, long who, String name, String when, String jobTitle) {
        bot.send(who, "nl", "/start");
        bot.press(who, "continue");
        bot.press(who, "role:volunteer");
        bot.press(who, "yes");
        bot.send(who, name);
        bot.send(who, jobTitle);
        bot.press(who, "skip");
        bot.press(who, "t:healthcare");
        bot.press(who, "done");
        bot.press(who, "t:cv");
        bot.press(who, "t:introductions");
        bot.press(who, "done");
        bot.press(who, "t:nl");
        bot.press(who, "t:en");
        bot.press(who, "done");
        bot.press(who, "p:nl-ut");
        bot.press(who, "p:either");
        bot.press(who, "p:2");
        bot.press(who, "t:" + when);
        bot.press(who, "done");
        bot.press(who, "confirm");
    }

    /** A newcomer in Utrecht looking for work in healthcare, speaking English. */
    static void newcomer(TestBot bot, long who, String name) {
        newcomer(bot, who, name, "weekday_evening");
    }

    static void newcomer(TestBot bot, long who, String name, String when) {
        newcomer(bot, who, name, when, null, "Nurse");
    }

    /** A newcomer whose town (null: skipped) and occupation are given, such as words a test looks for later. */
    static void newcomer(TestBot bot, long who, String name, String when, String town, String occupation) {
        bot.send(who, "en", "/start");
        bot.press(who, "continue");
        bot.press(who, "role:newcomer");
        bot.press(who, "yes");
        bot.send(who, name);
        bot.press(who, "p:nl-ut");
        if (town == null) {
            bot.press(who, "skip");
        } else {
            bot.send(who, town);
        }
        bot.press(who, "t:healthcare");
        bot.press(who, "done");
        bot.send(who, occupation);
        bot.press(who, "p:5to10");
        bot.press(who, "t:nursing");
        bot.press(who, "done");
        bot.press(who, "skip");
        bot.press(who, "p:bachelor");
        bot.press(who, "p:a2");
        bot.press(who, "t:en");
        bot.press(who, "done");
        bot.press(who, "t:job");
        bot.press(who, "done");
        bot.press(who, "t:" + when);
        bot.press(who, "done");
        bot.press(who, "p:either");
        bot.press(who, "confirm");
    }
}
