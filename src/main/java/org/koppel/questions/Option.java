package org.koppel.questions;

/** One choice of a question: its stored code and its label in the person's language. */
public record Option(String code, String label) {
}
