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
 * Signs button data as "seq|action|mac", the mac binding it to its owner, so a press of data
 * the bot never issued, or issued to someone else, is recognised and does nothing.
 * Telegram allows at most 64 bytes of callback data.
 */
public final class ButtonSigner {
    public static final int MAX_BYTES = 64;
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
    public String sign(long owner, long seq, String action) {
        if (action.indexOf('|') >= 0) {
            throw new IllegalArgumentException("button action may not contain '|': " + action);
        }
        String body = Long.toString(seq, 36) + "|" + action;
        String data = body + "|" + mac(owner, body);
        if (data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("button data over " + MAX_BYTES + " bytes: " + action);
        }
        return data;
    }

    /** The seq and action of data signed for owner, or empty when it was forged or garbled. */
    public Optional<Pressed> verify(long owner, String data) {
        if (data == null) {
            return Optional.empty();
        }
        int last = data.lastIndexOf('|');
        int first = data.indexOf('|');
        if (first <= 0 || last <= first) {
            return Optional.empty();
        }
        String body = data.substring(0, last);
        byte[] given = data.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, mac(owner, body).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Pressed(Long.parseLong(data.substring(0, first), 36), data.substring(first + 1, last)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public record Pressed(long seq, String action) {
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
