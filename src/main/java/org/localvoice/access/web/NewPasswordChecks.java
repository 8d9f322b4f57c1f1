package org.localvoice.access.web;

/** The form checks of "new password, twice"; the password policy itself is checked by the domain. */
final class NewPasswordChecks {

    private NewPasswordChecks() {
    }

    static FormErrors check(String password, String confirmation) {
        return check(new FormErrors(), password, confirmation);
    }

    static FormErrors check(FormErrors errors, String password, String confirmation) {
        if (password == null || password.isEmpty()) {
            errors.add("password", "password.missing");
        }
        if (confirmation == null || confirmation.isEmpty()) {
            errors.add("confirmation", "password.confirmationMissing");
        } else if (password != null && !password.isEmpty() && !password.equals(confirmation)) {
            errors.add("confirmation", "password.mismatch");
        }
        return errors;
    }
}
