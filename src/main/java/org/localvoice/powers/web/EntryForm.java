package org.localvoice.powers.web;

import java.time.LocalDate;
import org.localvoice.powers.domain.Channel;
import org.springframework.validation.Errors;

/** A dated entry heard from the committee: its acknowledgement or an update on the action it took. */
public class EntryForm {

    private String on;
    private String via;
    private String summary;

    /** The checked values, or null. */
    record Checked(LocalDate on, Channel via, String summary) {
    }

    Checked check(Errors errors, LocalDate today) {
        LocalDate date = FormChecks.date(errors, "on", on, today);
        Channel how = FormChecks.choice(errors, "via", via, Channel.class);
        FormChecks.text(errors, "summary", summary, 8000, true);
        return errors.hasErrors() ? null : new Checked(date, how, summary.strip());
    }

    public String getOn() { return on; }
    public void setOn(String on) { this.on = on; }
    public String getVia() { return via; }
    public void setVia(String via) { this.via = via; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
}
