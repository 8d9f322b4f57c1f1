package org.localvoice.powers.web;

import java.time.LocalDate;
import org.springframework.validation.Errors;

/** A dated step with a reason: re-opening or closing a case, correcting a timeline entry. */
public class ReasonForm {

    private String on;
    private String reason;
    private String details;

    LocalDate check(Errors errors, LocalDate today) {
        LocalDate date = FormChecks.date(errors, "on", on, today);
        FormChecks.text(errors, "reason", reason, 1000, true);
        FormChecks.text(errors, "details", details, 4000, false);
        return errors.hasErrors() ? null : date;
    }

    public String getOn() { return on; }
    public void setOn(String on) { this.on = on; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getDetails() { return details; }
    public void setDetails(String details) { this.details = details; }
}
