package org.localvoice.powers.web;

import java.time.LocalDate;
import java.util.UUID;
import org.localvoice.powers.domain.Channel;
import org.localvoice.powers.domain.NewReply;
import org.localvoice.powers.domain.Party;
import org.localvoice.powers.domain.ReplyKind;
import org.localvoice.powers.domain.WithheldReason;
import org.springframework.validation.Errors;

/** An answer to a request as typed by staff, or by the recipient through the product. */
public class ReplyForm {

    private String kind;
    private String receivedOn;
    private String via;
    private String summary;
    private String withheld;
    private String withheldReason;
    private String transferredToName;
    private String transferredToProviderId;
    private String transferredToEmail;

    NewReply check(Errors errors, LocalDate today, Channel fixedVia, LocalDate fixedDate) {
        ReplyKind k = FormChecks.choice(errors, "kind", kind, ReplyKind.class);
        if (k == ReplyKind.UPDATE) {
            errors.rejectValue("kind", "powers.error.kind.required");
        }
        LocalDate on = fixedDate != null ? fixedDate : FormChecks.date(errors, "receivedOn", receivedOn, today);
        Channel how = fixedVia != null ? fixedVia : FormChecks.choice(errors, "via", via, Channel.class);
        FormChecks.text(errors, "summary", summary, 8000, true);
        WithheldReason why = null;
        if (withheldReason != null && !withheldReason.isBlank()) {
            why = FormChecks.choice(errors, "withheldReason", withheldReason, WithheldReason.class);
            FormChecks.text(errors, "withheld", withheld, 4000, true);
        } else if (withheld != null && !withheld.isBlank()) {
            errors.rejectValue("withheldReason", "powers.error.withheldReason.required");
        }
        Party to = null;
        if (k == ReplyKind.TRANSFERRED) {
            FormChecks.text(errors, "transferredToName", transferredToName, 300, true);
            UUID provider = FormChecks.id(errors, "transferredToProviderId", transferredToProviderId, false);
            FormChecks.email(errors, "transferredToEmail", transferredToEmail);
            if (!errors.hasErrors()) {
                to = new Party(transferredToName.strip(), provider, FormChecks.clean(transferredToEmail), null);
            }
        }
        return errors.hasErrors() ? null : new NewReply(k, on, how, summary.strip(), FormChecks.clean(withheld), why, to);
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getReceivedOn() { return receivedOn; }
    public void setReceivedOn(String receivedOn) { this.receivedOn = receivedOn; }
    public String getVia() { return via; }
    public void setVia(String via) { this.via = via; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getWithheld() { return withheld; }
    public void setWithheld(String withheld) { this.withheld = withheld; }
    public String getWithheldReason() { return withheldReason; }
    public void setWithheldReason(String withheldReason) { this.withheldReason = withheldReason; }
    public String getTransferredToName() { return transferredToName; }
    public void setTransferredToName(String v) { this.transferredToName = v; }
    public String getTransferredToProviderId() { return transferredToProviderId; }
    public void setTransferredToProviderId(String v) { this.transferredToProviderId = v; }
    public String getTransferredToEmail() { return transferredToEmail; }
    public void setTransferredToEmail(String v) { this.transferredToEmail = v; }
}
