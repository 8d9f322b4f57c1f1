package org.localvoice.feedback.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Reference numbers people can read out on the phone: the network's three-letter prefix, four random
 * characters, one more and a check character ({@code TRA-7K3M-Q9}). The alphabet leaves out 0, 1, I, L, Z (like 2),
 * O and U, so nothing is mistaken for anything else; the check character catches any one mistyped
 * character and most swaps of neighbours. About 20 million references per network before a retry is
 * likely; uniqueness is held by a unique index on (network, reference).
 */
public final class References {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXY";
    private static final Pattern SHAPE = Pattern.compile("^[A-Z0-9]{3}-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{2}$");

    private final Random random;

    public References() {
        this(new SecureRandom());
    }

    References(Random random) {
        this.random = random;
    }

    /** A new reference for a network with this slug. */
    public String next(String slug) {
        StringBuilder body = new StringBuilder(5);
        for (int i = 0; i < 5; i++) {
            body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return prefix(slug) + "-" + body.substring(0, 4) + "-" + body.charAt(4) + check(body);
    }

    /** The reference as typed, tidied: upper case, no spaces. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.trim().toUpperCase(Locale.ROOT).replace(" ", "");
    }

    /** Whether a (normalised) reference has the right shape and check character. */
    public static boolean valid(String reference) {
        if (reference == null || !SHAPE.matcher(reference).matches()) {
            return false;
        }
        String body = reference.substring(4, 8) + reference.charAt(9);
        return reference.charAt(10) == check(body);
    }

    static String prefix(String slug) {
        String letters = slug == null ? "" : slug.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return (letters + "XXX").substring(0, 3);
    }

    /** A weighted sum modulo 29 (a prime, and the size of the alphabet): weights 1..5 catch every single change and neighbour swap. */
    static char check(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (i + 1) * ALPHABET.indexOf(body.charAt(i));
        }
        return ALPHABET.charAt(sum % 29);
    }
}
