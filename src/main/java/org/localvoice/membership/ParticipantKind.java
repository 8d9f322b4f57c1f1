package org.localvoice.membership;

/** Whether a participant is an individual or an organisation that takes part in the LINk. */
public enum ParticipantKind {
    PERSON, ORGANISATION
}
