package org.koppel.telegram;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The fake Bot API failing a share of all calls, as a bad day at Telegram or on the way there
 * looks: a 500 in JSON, a 502 as an HTML page from a proxy, a connection dropped before an
 * answer, and 429 with retry_after. A failed call has no effect on the server's side: a dropped
 * connection is dropped before the request is acted on, so every message counted arrived.
 */
final class FakeFaults {
    enum Kind { SERVER_ERROR, HTML_PAGE, DROPPED, TOO_MANY }

    private final SplittableRandom random;
    private final double rate;
    private final Map<Kind, Integer> counts = new TreeMap<>();

    FakeFaults(double rate, long seed) {
        this.rate = rate;
        this.random = new SplittableRandom(seed);
    }

    /** The fault for the next call, or null to serve it. */
    synchronized Kind next() {
        if (rate <= 0 || random.nextDouble() >= rate) {
            return null;
        }
        Kind k = Kind.values()[random.nextInt(Kind.values().length)];
        counts.merge(k, 1, Integer::sum);
        return k;
    }

    synchronized Map<Kind, Integer> counts() {
        return Map.copyOf(counts);
    }
}
