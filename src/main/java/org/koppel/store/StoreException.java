package org.koppel.store;

/** Reading or writing the SQLite database failed. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
