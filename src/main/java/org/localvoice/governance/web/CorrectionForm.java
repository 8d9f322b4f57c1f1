package org.localvoice.governance.web;

/** A correction to a recorded decision as typed into the form. */
public class CorrectionForm {

    private String summary;
    private String reasons;
    private String reason;

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
