package org.localvoice.visits.domain;

/** The stages of a visit, in order. */
public enum VisitStage {
    PLANNED, REPORT_DRAFTED, SENT_TO_PROVIDER, COMMENTS_RECEIVED, SIGNED_OFF, PUBLISHED
}
