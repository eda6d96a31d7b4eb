package org.koppel.admin;

import org.koppel.conversation.Effect;

/** What a coordinator's step stores; each is logged in admin_action with the coordinator and the time. */
public sealed interface AdminChange extends Effect {
    /** Suspend (on) or resume (off) a person, with the reason code shown to them. */
    record Suspend(long person, boolean on, String reason, long report) implements AdminChange {
    }

    /** A volunteer's approval is taken back: they wait for a review again. */
    record Unapprove(long volunteer, String reason) implements AdminChange {
    }

    /** Matching paused or resumed for everyone. */
    record PauseMatching(boolean on) implements AdminChange {
    }

    /** A report is handled, or something done about it is recorded (action: cancel, write_reporter ...). */
    record OnReport(long report, String action, boolean handled) implements AdminChange {
    }

    /** The coordinator has been alerted to this person for this reason ("stuck", "quiet"), so it comes once. */
    record Alerted(String kind, long subject) implements AdminChange {
    }

    /**
     * A coordinator opened /admin for the first time: their own command menu and digest are set
     * up after the commit (a coordinator from the configuration may never have written before).
     */
    record FirstAdmin() implements AdminChange {
    }

    /** A single-use link that makes whoever opens it a coordinator. */
    record CoordinatorLink(String token) implements AdminChange {
    }

    /** The person opening a coordinator link takes it (in the same statement, so only once); name for its maker. */
    record BecomeCoordinator(String token, String name) implements AdminChange {
    }
}
