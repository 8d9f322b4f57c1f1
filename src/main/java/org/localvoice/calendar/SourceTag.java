package org.localvoice.calendar;

/** How far a rule has been checked. */
public enum SourceTag {
    /** Checked against the legislation text. */
    V,
    /** From official secondary sources (explanatory notes, Hansard, Department of Health pages). */
    S,
    /** The widely used convention, not checked against primary text. */
    U
}
