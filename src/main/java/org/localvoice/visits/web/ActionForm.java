package org.localvoice.visits.web;

/** The small forms on a representative's page: the nominated person's decision, and withdrawal. */
public class ActionForm {

    private String suitable;
    private String note;
    private String reason;
    private long version;

    public String getSuitable() {
        return suitable;
    }

    public void setSuitable(String suitable) {
        this.suitable = suitable;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
