package org.localvoice.membership.domain;

/**
 * Where a participant's membership stands: applied and waiting for a decision, accepted (a member),
 * declined, left, or erased (personal data removed on request or under a retention rule).
 */
public enum ParticipantStatus {
    APPLIED, ACCEPTED, DECLINED, LEFT, ERASED
}
