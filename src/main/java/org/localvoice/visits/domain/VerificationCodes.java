package org.localvoice.visits.domain;

import java.security.SecureRandom;

/** Codes printed on authorisation cards: eight characters without look-alikes (no 0/O, 1/I/L), as XXXX-XXXX. */
final class VerificationCodes {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    static String next() {
        StringBuilder s = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                s.append('-');
            }
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** A code as a provider may type it: any case, spaces or no hyphen. */
    static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String s = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return s.length() == 8 ? s.substring(0, 4) + "-" + s.substring(4) : s;
    }
}
