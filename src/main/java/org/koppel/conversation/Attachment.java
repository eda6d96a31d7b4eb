package org.koppel.conversation;

/**
 * A file sent with a message: a small text file such as a calendar file or a data export, stored
 * with the message; or, without a file name, a photo Telegram already holds, by its file id.
 */
public record Attachment(String fileName, String content) {
    public static Attachment photo(String fileId) {
        return new Attachment(null, fileId);
    }

    public boolean isPhoto() {
        return fileName == null;
    }
}
