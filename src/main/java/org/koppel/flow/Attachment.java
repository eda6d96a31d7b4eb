package org.koppel.flow;

/** A small file sent with a message, such as a calendar file; its text content is stored with the message. */
public record Attachment(String fileName, String content) {
}
