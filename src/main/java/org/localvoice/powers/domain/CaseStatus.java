package org.localvoice.powers.domain;

/** Where a case stands as a whole (its clocks say whether each duty was met on time). */
public enum CaseStatus {
    DRAFT, OPEN, ANSWERED, CLOSED
}
