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

    /** The buttons on a meeting card: "crd:<what>:<meeting>:<newcomer>"; presses go to the newcomer's lane. */
    public static final String CARD = "crd:";
    public static final String RESCHEDULE = "rs";
    public static final String CANCEL = "cx";
    public static final String SHARE = "sh";
    /** A card press as the newcomer's lane gets it: "<meeting base 36>:<what>:<presser>". */
    public static final String CARD_EVENT = "meet.card";
    /** Report on a relayed message: "rpt:<sender>:<sent at>", both base 36. */
    public static final String REPORT = "rpt:";
    /** A report as the reporter's own lane gets it: "<sender>:<sent at>". */
    public static final String REPORT_EVENT = "relay.report";

    /** "I'll be there" on a reminder; like the card's buttons it goes to the newcomer's lane. */
    public static final String ATTEND = "ok";
    /** Follow-up and check-in answers: standing buttons handled in the presser's own flow. */
    public static final String FOLLOW_UP = "fu:";
    public static final String CHECK_IN = "ci:";
    /** How such a press reaches the presser's flow: an event valued with the button's action. */
    public static final String OWN_EVENT = "own";

    private MeetingActions() {
    }

    public static String action(String answer, long meeting, long newcomer) {
        return PREFIX + answer + ":" + Long.toString(meeting, 36) + ":" + Long.toString(newcomer, 36);
    }

    public static String card(String what, long meeting, long newcomer) {
        return CARD + what + ":" + Long.toString(meeting, 36) + ":" + Long.toString(newcomer, 36);
    }

    /** A standing button its presser's own flow answers, in whatever state it is. */
    public static boolean own(String action) {
        return action.startsWith(FOLLOW_UP) || action.startsWith(CHECK_IN);
    }

    public static String report(long sender, long sentAt) {
        return REPORT + Long.toString(sender, 36) + ":" + Long.toString(sentAt, 36);
    }
}
