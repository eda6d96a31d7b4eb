package org.koppel.core;

/** A button as sent: its label and its signed callback data, or a link it opens. */
public record OutButton(String label, String data, String url) {
    public OutButton(String label, String data) {
        this(label, data, null);
    }
}
