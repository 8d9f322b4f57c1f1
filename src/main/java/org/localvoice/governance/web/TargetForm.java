package org.localvoice.governance.web;

/** The network's publication target as typed: a number of days, or empty for the rule set's period. */
public class TargetForm {

    private String days;
    private long version;

    public String getDays() {
        return days;
    }

    public void setDays(String days) {
        this.days = days;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
