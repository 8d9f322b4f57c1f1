package org.localvoice.feedback.domain;

/** The NHS number check: ten digits, the last a modulus 11 check digit of the first nine (weights 10 down to 2). */
public final class NhsNumbers {

    private NhsNumbers() {
    }

    /** Whether ten digits form a valid NHS number. */
    public static boolean valid(String digits) {
        if (digits == null || !digits.matches("\\d{10}")) {
            return false;
        }
        int check = checkDigit(digits.substring(0, 9));
        return check >= 0 && check == digits.charAt(9) - '0';
    }

    /** The check digit for nine digits, or -1 when none exists (the remainder gives 10: no valid number). */
    public static int checkDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            return 0;
        }
        return check == 10 ? -1 : check;
    }
}
