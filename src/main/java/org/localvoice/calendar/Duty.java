package org.localvoice.calendar;

/** A duty with a time limit. How long it gives is set by the network's {@link RuleSet rule set}. */
public enum Duty {
    /** A services-provider replies to a request for information. */
    INFORMATION_REQUEST_REPLY,
    /** The recipient of a report or recommendation acknowledges it and says what it will do. */
    REPORT_RESPONSE,
    /** The Overview and Scrutiny Committee acknowledges a referral. */
    OSC_ACKNOWLEDGEMENT,
    /** The annual report is published after the financial year ends. */
    ANNUAL_REPORT,
    /** A provider comments on the factual accuracy of a draft Enter and View report. */
    VISIT_REPORT_PROVIDER_COMMENTS,
    /** A reminder when the Overview and Scrutiny Committee has not kept the network informed. */
    OSC_KEEP_INFORMED_REMINDER,
    /** A relevant decision and its reasons are published. */
    DECISION_PUBLICATION
}
