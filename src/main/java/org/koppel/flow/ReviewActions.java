package org.koppel.flow;

/** The actions on a coordinator's review buttons, shared by the flow that sends them and the engine that reads them. */
public final class ReviewActions {
    public static final String PREFIX = "rev:";
    public static final String APPROVE = "rev:ok:";
    public static final String REJECT = "rev:no:";
    /** The event a decision becomes for the volunteer, with value approve or reject. */
    public static final String EVENT = "review";

    private ReviewActions() {
    }
}
