package org.localvoice.governance.web;

/** A sign-off as typed into the form. */
public class SignOffForm {

    private String subjectLabel;
    private String signedOnDay;
    private String signedOnMonth;
    private String signedOnYear;
    private String signedBy;
    private String minuteReference;

    public String getSubjectLabel() {
        return subjectLabel;
    }

    public void setSubjectLabel(String subjectLabel) {
        this.subjectLabel = subjectLabel;
    }

    public String getSignedOnDay() {
        return signedOnDay;
    }

    public void setSignedOnDay(String signedOnDay) {
        this.signedOnDay = signedOnDay;
    }

    public String getSignedOnMonth() {
        return signedOnMonth;
    }

    public void setSignedOnMonth(String signedOnMonth) {
        this.signedOnMonth = signedOnMonth;
    }

    public String getSignedOnYear() {
        return signedOnYear;
    }

    public void setSignedOnYear(String signedOnYear) {
        this.signedOnYear = signedOnYear;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public void setSignedBy(String signedBy) {
        this.signedBy = signedBy;
    }

    public String getMinuteReference() {
        return minuteReference;
    }

    public void setMinuteReference(String minuteReference) {
        this.minuteReference = minuteReference;
    }
}
