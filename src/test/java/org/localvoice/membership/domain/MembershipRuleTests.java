package org.localvoice.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MembershipRuleTests {

    @ParameterizedTest
    @CsvSource({"ONLINE, false, APPLIED", "ONLINE, true, ACCEPTED", "STAFF, false, ACCEPTED", "STAFF, true, ACCEPTED"})
    void anOnlineApplicationWaitsUnlessTheNetworkAcceptsAutomaticallyAndStaffAddingIsAcceptance(JoinedVia via, boolean automatic,
            ParticipantStatus expected) {
        assertThat(MembershipRule.onArrival(via, automatic)).isEqualTo(expected);
    }

    @Test
    void decliningNeedsAReasonAndAcceptingDoesNot() {
        assertThat(MembershipRule.problemWithDecision(ParticipantStatus.APPLIED, false, "  "))
                .isEqualTo("membership.decision.error.reasonRequired");
        assertThat(MembershipRule.problemWithDecision(ParticipantStatus.APPLIED, false, "Lives outside the area")).isNull();
        assertThat(MembershipRule.problemWithDecision(ParticipantStatus.APPLIED, true, null)).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = ParticipantStatus.class, names = "APPLIED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAWaitingApplicationCanBeDecided(ParticipantStatus status) {
        assertThat(MembershipRule.problemWithDecision(status, true, "x")).isEqualTo("membership.decision.error.notWaiting");
    }
}
