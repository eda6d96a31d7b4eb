package org.koppel.core;

/** A button as sent: its label and its signed callback data. */
public record OutButton(String label, String data) {
}
