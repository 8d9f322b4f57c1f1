package org.localvoice.membership.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.validation.Errors;

/** A volunteer role held from one date (to another, if it has ended), as typed (dates as yyyy-mm-dd). */
public class RoleForm {

    private String role;
    private String from;
    private String to;

    void validate(Errors errors) {
        if (role == null || role.isBlank()) {
            errors.rejectValue("role", "membership.role.error.required");
        } else if (role.strip().length() > 100) {
            errors.rejectValue("role", "membership.role.error.tooLong");
        }
        LocalDate f = parse(from);
        if (f == null) {
            errors.rejectValue("from", "membership.role.error.from");
        }
        if (to != null && !to.isBlank()) {
            LocalDate t = parse(to);
            if (t == null) {
                errors.rejectValue("to", "membership.role.error.to");
            } else if (f != null && t.isBefore(f)) {
                errors.rejectValue("to", "membership.role.error.toBeforeFrom");
            }
        }
    }

    static LocalDate parse(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
}
