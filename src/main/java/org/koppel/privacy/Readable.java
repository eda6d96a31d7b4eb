package org.koppel.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koppel.core.Json;

/**
 * The export as a person can read it: times (columns ending in "_at") as dates rather than
 * milliseconds, and lists stored as JSON text as lists.
 */
final class Readable {
    private Readable() {
    }

    static Object of(Object value) {
        return of(null, value);
    }

    private static Object of(String name, Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), of(String.valueOf(k), v)));
            return out;
        }
        if (value instanceof Collection<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(of(null, v)));
            return out;
        }
        if (name != null && name.endsWith("_at") && value instanceof Number n && n.longValue() > 0) {
            return Instant.ofEpochMilli(n.longValue()).toString();
        }
        if (value instanceof String s && (s.startsWith("[") || s.startsWith("{"))) {
            try {
                return Json.tree(s);
            } catch (IllegalStateException notJson) {
                return s;
            }
        }
        return value;
    }
}
