package org.koppel.flow;

/**
 * The actions on a meeting request's buttons: "mtg:<answer>:<meeting>:<newcomer>" with ids in
 * base 36 so the signed data stays within Telegram's 64 bytes. The volunteer's press becomes
 * the event {@link #ANSWER} for the newcomer, valued "<meeting>:<answer>:<volunteer>".
 */
public final class MeetingActions {
    public static final String PREFIX = "mtg:";
    public static final String ACCEPT = "ok";
    public static final String DECLINE = "no";
    public static final String PAUSE = "pz";
    public static final String ANSWER = "meet.answer";
    /** The event a volunteer gets when they chose to pause requests. */
    public static final String PAUSED = "vol.pause";

    private MeetingActions() {
    }

    public static String action(String answer, long meeting, long newcomer) {
        return PREFIX + answer + ":" + Long.toString(meeting, 36) + ":" + Long.toString(newcomer, 36);
    }
}
