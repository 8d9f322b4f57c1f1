package org.localvoice.membership.domain;

/**
 * The network's membership rule. Staff adding someone is itself the decision to accept them; an online
 * application is accepted at once when the network accepts automatically, otherwise it waits for staff.
 * Only a waiting application can be decided, and declining one needs a reason.
 */
public final class MembershipRule {

    private MembershipRule() {
    }

    /** The status a new participant starts in. */
    public static ParticipantStatus onArrival(JoinedVia via, boolean automaticAcceptance) {
        return via == JoinedVia.STAFF || automaticAcceptance ? ParticipantStatus.ACCEPTED : ParticipantStatus.APPLIED;
    }

    /** Why a decision cannot be made, as a message key; null when it can. */
    public static String problemWithDecision(ParticipantStatus current, boolean accept, String reason) {
        if (current != ParticipantStatus.APPLIED) {
            return "membership.decision.error.notWaiting";
        }
        if (!accept && (reason == null || reason.isBlank())) {
            return "membership.decision.error.reasonRequired";
        }
        return null;
    }

    /** Why a participant cannot be marked as left, as a message key; null when they can. */
    public static String problemWithLeaving(ParticipantStatus current, java.time.LocalDate leftOn, java.time.LocalDate today,
            String reason) {
        if (current != ParticipantStatus.ACCEPTED) {
            return "membership.left.error.notMember";
        }
        if (reason == null || reason.isBlank()) {
            return "membership.left.error.reasonRequired";
        }
        if (reason.length() > 1000) {
            return "membership.left.error.reasonTooLong";
        }
        return leftOn.isAfter(today) ? "membership.left.error.future" : null;
    }
}
