package org.localvoice.access.domain;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps use them: HMAC-SHA1, 30-second steps,
 * 6 digits, secrets in base32. Codes of the previous and next step are accepted for clock drift.
 */
public final class Totp {

    public static final long STEP_SECONDS = 30;
    static final int WINDOW = 1;
    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator();

    private Totp() {
    }

    /** A new random 160-bit secret in unpadded base32. */
    public static String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return new Base32().encodeToString(bytes).replace("=", "");
    }

    public static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for the given time step. */
    public static String code(String base32Secret, long step) {
        try {
            int value = GENERATOR.generateOneTimePassword(key(base32Secret), Instant.ofEpochSecond(step * STEP_SECONDS));
            return String.format(Locale.ROOT, "%06d", value);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("Unusable two-factor secret", e);
        }
    }

    /**
     * The step whose code this is, within one step either side of {@code now}, and later than
     * {@code lastAcceptedStep} (so a code is accepted once only); empty when there is none.
     */
    public static OptionalLong matchingStep(String base32Secret, String code, Instant now, Long lastAcceptedStep) {
        String digits = normalise(code);
        if (digits == null || base32Secret == null) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        for (long step = current + WINDOW; step >= current - WINDOW; step--) {
            boolean fresh = lastAcceptedStep == null || step > lastAcceptedStep;
            if (fresh && java.security.MessageDigest.isEqual(code(base32Secret, step).getBytes(StandardCharsets.US_ASCII),
                    digits.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The six digits of what someone typed (spaces and hyphens allowed), or null when it is not a code. */
    static String normalise(String code) {
        if (code == null) {
            return null;
        }
        String digits = code.replaceAll("[\\s-]", "");
        return digits.matches("[0-9]{6}") ? digits : null;
    }

    /** The secret in groups of four characters, easier to type. */
    public static String grouped(String base32Secret) {
        return base32Secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** The {@code otpauth://} address authenticator apps read (Google Authenticator key-URI format). */
    public static String uri(String issuer, String account, String base32Secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=6&period=" + STEP_SECONDS;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Key key(String base32Secret) {
        byte[] bytes = new Base32().decode(base32Secret.replace(" ", "").toUpperCase(Locale.ROOT));
        if (bytes.length == 0) {
            throw new IllegalArgumentException("Empty two-factor secret");
        }
        return new SecretKeySpec(bytes, "HmacSHA1");
    }
}
