package org.localvoice.governance;

/**
 * The eight kinds of relevant decision of SI 2008/528 reg 2(2). Every use of a LINk's powers and every
 * spend follows a recorded decision of the matching kind.
 */
public enum DecisionCategory {
    /** (a) How the LINk carries on its activities. */
    A_ACTIVITIES("a"),
    /** (b) Which health and social care services its activities cover. */
    B_SERVICES_COVERED("b"),
    /** (c) The amounts to be spent on its activities. */
    C_SPENDING("c"),
    /** (d) Whether to request information from a services-provider. */
    D_REQUEST_INFORMATION("d"),
    /** (e) Whether to refer a report or recommendation to a services-provider. */
    E_REPORT_OR_RECOMMENDATION("e"),
    /** (f) Which premises to enter and view, and when. */
    F_ENTER_AND_VIEW("f"),
    /** (g) Whether to refer a matter to an Overview and Scrutiny Committee. */
    G_REFER_TO_OSC("g"),
    /** (h) Whether to report a matter to another person. */
    H_REPORT_TO_OTHER("h");

    private final String letter;

    DecisionCategory(String letter) {
        this.letter = letter;
    }

    /** The paragraph letter in reg 2(2), for example "d". */
    public String letter() {
        return letter;
    }

    /** The message key of the category's plain-English name. */
    public String messageKey() {
        return "governance.category." + name();
    }

    /** The category of a paragraph letter ("d" or "D"), if there is one. */
    public static java.util.Optional<DecisionCategory> ofLetter(String letter) {
        for (DecisionCategory c : values()) {
            if (c.letter.equalsIgnoreCase(letter == null ? "" : letter.trim())) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }
}
