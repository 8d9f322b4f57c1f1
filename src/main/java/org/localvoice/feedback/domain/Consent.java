package org.localvoice.feedback.domain;

/** What the person agreed their view may be used for. */
public enum Consent {
    /** Published on the network's pages without their name, and used as evidence. */
    PUBLISH_ANONYMISED,
    /** Used as evidence in the network's work (reports, visits), never published. */
    EVIDENCE_ONLY
}
