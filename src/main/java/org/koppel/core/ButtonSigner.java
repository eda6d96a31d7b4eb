package org.koppel.core;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs button data as "key|seq|action|mac": the conversation it belongs to, which of its
 * questions it answers ({@link #STANDING} for buttons valid while the conversation lasts), the
 * action, and a mac binding all of it to its owner, so data the bot never issued, or issued to
 * someone else, is recognised and does nothing. Telegram allows at most 64 bytes.
 * Data from before conversations had keys ("seq|action|mac") verifies with an empty key.
 */
public final class ButtonSigner {
    public static final int MAX_BYTES = 64;
    /** The seq of buttons that stay valid as long as their conversation exists. */
    public static final long STANDING = -1;
    private static final int MAC_BYTES = 8;
    private final byte[] key;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public ButtonSigner(byte[] key) {
        this.key = key.clone();
    }

    public static byte[] newKey() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return k;
    }

    /** A signed button, checked against Telegram's limit. */
    public String sign(long owner, String conversation, long seq, String action) {
        if (action.indexOf('|') >= 0 || conversation.indexOf('|') >= 0 || conversation.isEmpty()) {
            throw new IllegalArgumentException("button for '" + conversation + "' with action '" + action + "'");
        }
        String body = conversation + "|" + Long.toString(seq, 36) + "|" + action;
        String data = body + "|" + mac(owner, body);
        if (data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("button data over " + MAX_BYTES + " bytes: " + body);
        }
        return data;
    }

    /** What data signed for owner says, or empty when it was forged or garbled. */
    public Optional<Pressed> verify(long owner, String data) {
        if (data == null) {
            return Optional.empty();
        }
        int last = data.lastIndexOf('|');
        if (last <= 0) {
            return Optional.empty();
        }
        String body = data.substring(0, last);
        byte[] given = data.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, mac(owner, body).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String[] parts = body.split("\\|", -1);
        try {
            if (parts.length == 3) {
                return Optional.of(new Pressed(parts[0], Long.parseLong(parts[1], 36), parts[2]));
            }
            if (parts.length == 2) {
                return Optional.of(new Pressed("", Long.parseLong(parts[0], 36), parts[1]));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A verified press: the conversation ("" for data from before keys), the seq and the action. */
    public record Pressed(String conversation, long seq, String action) {
        public boolean legacy() {
            return conversation.isEmpty();
        }

        public boolean standing() {
            return seq == STANDING;
        }
    }

    private String mac(long owner, String body) {
        byte[] full = macs.get().doFinal((owner + "|" + body).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, MAC_BYTES));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
