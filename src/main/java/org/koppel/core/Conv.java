package org.koppel.core;

/**
 * One of a person's conversations as stored: its key and kind, the state by name, the data as
 * JSON with its version, seq (numbers its live question, so older buttons are recognised) and
 * asked (when it last asked something, 0 when it waits for nothing; the highest gets typing).
 */
public record Conv(String key, String kind, String state, String data, int version, long seq, long asked) {
    Conv asked(long when) {
        return new Conv(key, kind, state, data, version, seq, when);
    }
}
