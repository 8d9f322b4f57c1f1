package org.localvoice.directory.web;

import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/** A provider's contact e-mail address (blank clears it). */
public class ContactForm {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private String email;

    void validate(Errors errors) {
        if (email != null && !email.isBlank() && (email.trim().length() > 254 || !EMAIL.matcher(email.trim()).matches())) {
            errors.rejectValue("email", "directory.responders.error.emailFormat");
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
