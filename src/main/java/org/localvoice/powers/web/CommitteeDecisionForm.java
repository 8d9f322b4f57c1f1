package org.localvoice.powers.web;

import org.springframework.validation.Errors;

/** The committee's decisions on a referral: whether its powers apply and whether it will use them. */
public class CommitteeDecisionForm {

    private String powersApply;
    private String willUsePowers;
    private String notes;
    private Long version;

    void check(Errors errors) {
        FormChecks.text(errors, "notes", notes, 4000, false);
    }

    static Boolean answer(String value) {
        return "yes".equals(value) ? Boolean.TRUE : "no".equals(value) ? Boolean.FALSE : null;
    }

    static String answer(Boolean value) {
        return value == null ? "" : value ? "yes" : "no";
    }

    public String getPowersApply() { return powersApply; }
    public void setPowersApply(String powersApply) { this.powersApply = powersApply; }
    public String getWillUsePowers() { return willUsePowers; }
    public void setWillUsePowers(String willUsePowers) { this.willUsePowers = willUsePowers; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
