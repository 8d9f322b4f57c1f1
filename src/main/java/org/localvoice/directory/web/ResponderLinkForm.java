package org.localvoice.directory.web;

import java.util.UUID;
import org.springframework.validation.Errors;

/** Linking a service-responder account (by e-mail) to a provider found by a search. */
public class ResponderLinkForm {

    private String q;
    private String email;
    private UUID providerId;

    void validate(Errors errors) {
        if (email == null || email.isBlank()) {
            errors.rejectValue("email", "directory.responders.error.emailRequired");
        } else if (email.length() > 254) {
            errors.rejectValue("email", "directory.responders.error.NO_SUCH_ACCOUNT");
        }
        if (providerId == null) {
            errors.rejectValue("providerId", "directory.responders.error.providerRequired");
        }
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public UUID getProviderId() {
        return providerId;
    }

    public void setProviderId(UUID providerId) {
        this.providerId = providerId;
    }
}
