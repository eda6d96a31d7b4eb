package org.koppel.salon;

import java.util.List;
import org.koppel.conversation.Effect;

/**
 * Changes to stands and appointments. Each applies only while the appointment still stands as the
 * step saw it (a press that lost a race to the other side's changes nothing); the writer tells
 * the other side.
 */
public interface SalonChange extends Effect {
    /** The organiser adds an organisation to an event. */
    record StandAdded(long id, long event, String name, String kind, String token, String claim) implements SalonChange {
    }

    /** The person opening the contact link becomes the stand's contact; requests already waiting come to them. */
    record Claimed(long stand) implements SalonChange {
    }

    /** The newcomer said yes to leaving their short profile; name and note only from someone without a profile. */
    record Left(long id, long stand, String name, String note) implements SalonChange {
    }

    /** The newcomer asks the organisation for an appointment. */
    record Asked(long appointment) implements SalonChange {
    }

    /** The contact proposes up to three times and a place (null: a video call). */
    record Proposed(long appointment, List<String> times, String place) implements SalonChange {
        public Proposed {
            times = List.copyOf(times);
        }
    }

    /** The contact cannot offer an appointment. */
    record Declined(long appointment) implements SalonChange {
    }

    /** The newcomer picks one of the proposed times. */
    record Chosen(long appointment, String time, String zone) implements SalonChange {
    }

    /** None of the times suits the newcomer: the contact is asked for others. */
    record OtherTimes(long appointment) implements SalonChange {
    }

    /** Either side calls it off. */
    record Cancelled(long appointment) implements SalonChange {
    }

    /** Afterwards, the newcomer: it took place or not; and what came of it. */
    record Held(long appointment, boolean held) implements SalonChange {
    }

    record Result(long appointment, String result) implements SalonChange {
    }
}
