package org.localvoice.administration.web;

import static org.localvoice.administration.web.FormChecks.email;
import static org.localvoice.administration.web.FormChecks.maxLength;
import static org.localvoice.administration.web.FormChecks.required;
import static org.localvoice.administration.web.FormChecks.trim;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.localvoice.access.Accounts;
import org.localvoice.access.Role;
import org.springframework.validation.Errors;

/** A new account in the host manager's own network, as typed. */
public class AccountForm {

    /** Roles a host manager may give: those that belong to one network. */
    static final List<Role> NETWORK_ROLES = Arrays.stream(Role.values()).filter(Role::networkScoped).toList();
    /** Roles that act for an outside organisation, which must then be named. */
    static final Set<Role> ORGANISATION_ROLES = EnumSet.of(Role.SERVICE_RESPONDER, Role.SCRUTINY_OFFICER,
            Role.CONTRACT_MANAGER);

    private String displayName;
    private String email;
    private String role;
    private String organisation;
    private String password;

    void validate(Errors errors, Accounts accounts) {
        if (required(errors, "displayName", displayName, "admin.people.name.required")) {
            maxLength(errors, "displayName", displayName, 120);
        }
        if (email(errors, "email", email, 254) && accounts.emailInUse(email.trim())) {
            errors.rejectValue("email", "admin.field.email.taken");
        }
        Role chosen = role();
        if (chosen == null) {
            errors.rejectValue("role", "admin.people.role.required");
        } else if (ORGANISATION_ROLES.contains(chosen)
                && required(errors, "organisation", organisation, "admin.people.organisation.required")) {
            maxLength(errors, "organisation", organisation, 200);
        }
        if (required(errors, "password", password, "admin.field.password.required")) {
            accounts.passwordProblem(password).ifPresent(key -> errors.rejectValue("password", key));
        }
    }

    /** The chosen role when it is one a host manager may give, else null. */
    Role role() {
        return NETWORK_ROLES.stream().filter(r -> r.name().equals(role)).findFirst().orElse(null);
    }

    Accounts.NewAccount account(UUID networkId) {
        Role chosen = role();
        return new Accounts.NewAccount(networkId, email.trim(), displayName.trim(), password, Set.of(chosen),
                ORGANISATION_ROLES.contains(chosen) ? trim(organisation) : null);
    }

    void forgetPassword() {
        password = null;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
