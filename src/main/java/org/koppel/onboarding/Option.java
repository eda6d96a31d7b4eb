package org.koppel.onboarding;

/** One choice of a question: its stored code and its label in the person's language. */
record Option(String code, String label) {
}
