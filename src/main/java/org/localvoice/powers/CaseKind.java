package org.localvoice.powers;

/** The kind of case a clock or an event belongs to: one per statutory power. */
public enum CaseKind {
    /** P1: a request for information to a services-provider or commissioner. */
    INFORMATION_REQUEST("requests"),
    /** P2: a report or recommendations referred to a provider, commissioner or another person. */
    REPORT("reports"),
    /** P4: a matter referred to the Overview and Scrutiny Committee. */
    OSC_REFERRAL("referrals");

    private final String pathSegment;

    CaseKind(String pathSegment) {
        this.pathSegment = pathSegment;
    }

    /** The segment of page and register addresses for cases of this kind, for example "requests". */
    public String pathSegment() {
        return pathSegment;
    }
}
