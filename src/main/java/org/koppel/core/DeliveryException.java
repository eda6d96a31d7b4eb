package org.koppel.core;

/** A delivery that failed: for good (blocked, chat gone, rejected) or for now (retry after a while). */
public final class DeliveryException extends Exception {
    private final boolean permanent;
    private final long retryAfterMillis;

    private DeliveryException(String why, boolean permanent, long retryAfterMillis) {
        super(why);
        this.permanent = permanent;
        this.retryAfterMillis = retryAfterMillis;
    }

    public static DeliveryException permanent(String why) {
        return new DeliveryException(why, true, 0);
    }

    /** Try again later; retryAfterMillis 0 means "use the usual backoff". */
    public static DeliveryException retry(String why, long retryAfterMillis) {
        return new DeliveryException(why, false, retryAfterMillis);
    }

    public boolean permanent() {
        return permanent;
    }

    public long retryAfterMillis() {
        return retryAfterMillis;
    }
}
