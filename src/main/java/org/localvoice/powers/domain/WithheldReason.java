package org.localvoice.powers.domain;

/** Why a recipient withheld information: the two grounds the regulations allow, or another stated reason. */
public enum WithheldReason {
    /** Confidential information identifying a living person, who has not consented, that cannot be anonymised. */
    PERSONAL_DATA,
    /** Disclosure is prohibited by law. */
    PROHIBITED_BY_LAW,
    OTHER
}
