package org.koppel.matching;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared String per code. Profiles read from the database carry their own copy of every
 * code; ranking 100,000 of them then spends its time fetching those copies from memory. With one
 * instance per code, the few hundred codes stay in cache and equal codes compare by reference.
 * Only speed depends on this: a code missing from the pool still compares correctly by content.
 */
final class Codes {
    /** Far above the real vocabulary (sectors, skills, regions, languages: a few hundred). */
    private static final int MAX_CODES = 10_000;
    private static final ConcurrentHashMap<String, String> POOL = new ConcurrentHashMap<>();

    private Codes() {}

    static String canonical(String code) {
        Objects.requireNonNull(code, "code");
        String known = POOL.get(code);
        if (known != null) {
            return known;
        }
        // A bug feeding free text here must not grow memory without end.
        return POOL.size() < MAX_CODES ? POOL.computeIfAbsent(code, c -> c) : code;
    }

    static Set<String> canonical(Set<String> codes) {
        String[] out = new String[codes.size()];
        int i = 0;
        for (String code : codes) {
            out[i++] = canonical(code);
        }
        return Set.of(out);
    }
}
