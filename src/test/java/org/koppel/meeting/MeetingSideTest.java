package org.koppel.meeting;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.koppel.config.Config;
import org.koppel.conversation.Context;
import org.koppel.conversation.Input;
import org.koppel.conversation.Keys;
import org.koppel.conversation.Open;
import org.koppel.i18n.Messages;

/** A side of a meeting told of a change after the meeting has already moved on. */
final class MeetingSideTest {
    static final Config CONFIG = Config.load(Path.of("config"));
    static final Messages MESSAGES = Messages.load(Path.of("messages"), CONFIG.settings());
    static final long NEWCOMER = 501;
    static final long VOLUNTEER = 601;

    @Test
    void aConfirmationReadAfterTheNewcomerAlreadyAskedToRescheduleIsPassedOver() {
        Context ctx = new Context(VOLUNTEER, "meeting:ab", MESSAGES.of("nl"), MESSAGES, CONFIG,
                Instant.parse("2026-11-23T10:00:00Z"), null, null, Set.of(), new Random(1));
        // confirmed for 25 Nov (round 1), then the newcomer pressed Reschedule on their card before the
        // volunteer's lane handled the CONFIRMED event: the record is ACCEPTED again, without a start
        Meeting now = new Meeting(0xab, NEWCOMER, VOLUNTEER, Meeting.Status.ACCEPTED, "reschedule_asked", "[]",
                0, List.of(), null, null, "Europe/Amsterdam", 1, false, false, null, 5);
        MeetingView view = new MeetingView(now, null, null);
        var waiting = new MeetingConversation("followup").states().get(MeetingConversation.WAITING);
        assertDoesNotThrow(() -> waiting.handler().on(SideData.NONE, view,
                new Input.Event(new MeetingEvent(0xab, Change.CONFIRMED, NEWCOMER, null, 4), NEWCOMER), ctx));
    }

    /** The volunteer said first that it took place; the newcomer's follow-up, due for the same round, is still asked. */
    @Test
    void theFollowUpOpensAfterTheOtherSideAlreadySaidItTookPlace() {
        Context ctx = new Context(NEWCOMER, "meeting:ab", MESSAGES.of("en"), MESSAGES, CONFIG,
                Instant.parse("2026-11-25T21:00:00Z"), null, null, Set.of(), new Random(1));
        Meeting held = new Meeting(0xab, NEWCOMER, VOLUNTEER, Meeting.Status.HELD, "volunteer", "[]", 0,
                List.of(), "Café", "2026-11-25T19:00", "Europe/Amsterdam", 1, false, false, null, 6);
        var confirmed = new MeetingConversation("followup").states().get(MeetingConversation.CONFIRMED);
        var step = confirmed.handler().on(SideData.NONE, new MeetingView(held, null, null),
                new Input.Job(Reminders.FOLLOW_UP, "1"), ctx);
        assertEquals(List.of(new Open(Keys.of("followup", 0xab), new Input.Begin())), step.effects());
        var older = confirmed.handler().on(SideData.NONE, new MeetingView(held, null, null),
                new Input.Job(Reminders.FOLLOW_UP, "0"), ctx);
        assertEquals(List.of(), older.effects(), "a follow-up for an earlier round of a moved meeting is not asked");
    }
}
