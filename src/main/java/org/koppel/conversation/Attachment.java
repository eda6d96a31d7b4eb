package org.koppel.conversation;

import java.util.Base64;

/**
 * A file sent with a message, stored with the message so a restart still sends it: a small text
 * file such as a calendar file or an export; a picture drawn by the bot (a chart), kept as
 * base64; or a photo Telegram already holds, by its file id (no file name).
 */
public record Attachment(String fileName, String content, boolean image) {
    public Attachment(String fileName, String content) {
        this(fileName, content, false);
    }

    public static Attachment photo(String fileId) {
        return new Attachment(null, fileId, true);
    }

    /** A PNG the bot drew, shown as a photo. */
    public static Attachment image(String fileName, byte[] png) {
        return new Attachment(fileName, Base64.getEncoder().encodeToString(png), true);
    }

    public boolean isPhoto() {
        return fileName == null;
    }
}
