package org.koppel.flow;

/** A button as a flow sees it: a label and the action it stands for. The engine signs the action. */
public record Button(String label, String action) {
}
