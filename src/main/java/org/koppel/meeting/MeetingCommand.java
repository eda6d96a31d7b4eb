package org.koppel.meeting;

import java.util.List;

/** What someone asks of a meeting; {@link Meetings} decides whether it applies. by is who asks (0: the bot). */
public sealed interface MeetingCommand {
    long by();

    /** A newcomer asks a volunteer; reasons (JSON) say why matching chose them. */
    record Request(long by, long volunteer, String reasons) implements MeetingCommand {
    }

    /** A pair that met both want to meet again: a new meeting, accepted from the start (by: who answered last). */
    record Again(long by, long newcomer, long volunteer) implements MeetingCommand {
    }

    record Accept(long by) implements MeetingCommand {
    }

    record Decline(long by) implements MeetingCommand {
    }

    /** Nobody answered in time. */
    record Expire(long by) implements MeetingCommand {
    }

    /** The volunteer offers times (local, ISO) and a place (null: a video call). */
    record Propose(long by, List<String> times, String place) implements MeetingCommand {
    }

    /** The newcomer picks one of the times offered. */
    record Choose(long by, String time) implements MeetingCommand {
    }

    /** None of the times suit the newcomer. */
    record OtherTimes(long by) implements MeetingCommand {
    }

    /** Move a confirmed meeting; round is the one the pressed card showed (-1: a card from before rounds). */
    record Reschedule(long by, int round) implements MeetingCommand {
    }

    /** Call it off; round -1 when not pressed on a card, why as in {@link Meeting#why()}. */
    record Cancel(long by, String why, int round) implements MeetingCommand {
    }

    /** One side chooses to share their Telegram contact. */
    record Share(long by) implements MeetingCommand {
    }

    /** "I'll be there" on a reminder of this round. */
    record Attend(long by, int round) implements MeetingCommand {
    }

    /** A follow-up answer: "yes" it took place, "no", or "no_show" (the other did not come). */
    record Held(long by, String tookPlace) implements MeetingCommand {
    }
}
