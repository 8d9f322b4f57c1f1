package org.localvoice.powers.domain;

/**
 * A use of a power and the category of relevant decision (SI 2008/528 reg 2(2)) that must authorise it.
 */
public enum PowerUse {
    /** (d) whether to request information from a services-provider. */
    INFORMATION_REQUEST("d"),
    /** (e) whether to refer a report or recommendation to a services-provider. */
    REPORT_TO_PROVIDER("e"),
    /** (g) whether to refer a matter to an Overview and Scrutiny Committee. */
    OSC_REFERRAL("g"),
    /** (h) whether to report a matter to another person. */
    REPORT_TO_OTHER("h");

    private final String letter;

    PowerUse(String letter) {
        this.letter = letter;
    }

    public String letter() {
        return letter;
    }
}
