package org.koppel.core;

/** A delivery that failed: for good (blocked, chat gone, rejected) or for now (retry after a while). */
public final class DeliveryException extends Exception {
    private final boolean permanent;
    private final long retryAfterMillis;
    private final boolean unreachable;

    private DeliveryException(String why, boolean permanent, long retryAfterMillis, boolean unreachable) {
        super(why);
        this.permanent = permanent;
        this.retryAfterMillis = retryAfterMillis;
        this.unreachable = unreachable;
    }

    public static DeliveryException permanent(String why) {
        return new DeliveryException(why, true, 0, false);
    }

    /** The person blocked the bot, deactivated their account or the chat is gone: stop writing to them. */
    public static DeliveryException unreachable(String why) {
        return new DeliveryException(why, true, 0, true);
    }

    public boolean unreachable() {
        return unreachable;
    }

    /** Try again later; retryAfterMillis 0 means "use the usual backoff". */
    public static DeliveryException retry(String why, long retryAfterMillis) {
        return new DeliveryException(why, false, retryAfterMillis, false);
    }

    public boolean permanent() {
        return permanent;
    }

    public long retryAfterMillis() {
        return retryAfterMillis;
    }
}
