package org.localvoice.powers.web;

import java.time.LocalDate;
import java.util.UUID;
import org.localvoice.powers.domain.OscReferral;
import org.springframework.validation.Errors;

/** A referral to the Overview and Scrutiny Committee as typed. */
public class ReferralForm {

    /** The checked referral. */
    record Checked(UUID decisionId, String committee, OscReferral.Matter matter, String subject, String supplied,
            LocalDate madeOn) {
    }

    private String decisionId;
    private String committee;
    private String matter;
    private String subject;
    private String supplied;
    private String madeOn;

    Checked check(Errors errors, LocalDate today) {
        UUID decision = FormChecks.id(errors, "decisionId", decisionId, true);
        FormChecks.text(errors, "committee", committee, 300, true);
        OscReferral.Matter m = FormChecks.choice(errors, "matter", matter, OscReferral.Matter.class);
        FormChecks.text(errors, "subject", subject, 300, true);
        FormChecks.text(errors, "supplied", supplied, 8000, true);
        LocalDate made = FormChecks.date(errors, "madeOn", madeOn, today);
        return errors.hasErrors() ? null
                : new Checked(decision, committee.strip(), m, subject.strip(), supplied.strip(), made);
    }

    public String getDecisionId() { return decisionId; }
    public void setDecisionId(String decisionId) { this.decisionId = decisionId; }
    public String getCommittee() { return committee; }
    public void setCommittee(String committee) { this.committee = committee; }
    public String getMatter() { return matter; }
    public void setMatter(String matter) { this.matter = matter; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getSupplied() { return supplied; }
    public void setSupplied(String supplied) { this.supplied = supplied; }
    public String getMadeOn() { return madeOn; }
    public void setMadeOn(String madeOn) { this.madeOn = madeOn; }
}
