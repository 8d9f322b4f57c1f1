package org.localvoice.visits.domain;

/** The ground a provider gave for limiting or refusing entry: the paragraphs of SI 2008/915 reg 3(2). */
public enum RefusalGround {
    /** Presence would compromise care or anyone's privacy or dignity. */
    A,
    /** The representative broke the conduct conditions. */
    B,
    /** Excluded premises (non-communal parts of care homes, staff accommodation, homes under tenancy or licence). */
    C,
    /** Children's social care functions. */
    D,
    /** Adoption functions. */
    E,
    /** No care was being provided there at the time. */
    F,
    /** The provider thought the representative was not acting reasonably and proportionately. */
    G,
    /** The representative could not show evidence of authorisation. */
    H,
    /** The provider gave no ground, or one outside reg 3(2). */
    NONE
}
