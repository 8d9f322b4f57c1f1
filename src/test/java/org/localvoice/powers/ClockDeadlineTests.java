package org.localvoice.powers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.calendar.Duty;
import org.localvoice.powers.domain.CaseClock;
import org.localvoice.powers.domain.Clocks;
import org.localvoice.powers.domain.Party;
import org.localvoice.shared.TenantContext;
import org.localvoice.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Clocks take their due dates from the network's rule set and keep the rule set and explanation. */
@IntegrationTest
class ClockDeadlineTests {

    @Autowired
    Clocks clocks;
    @Autowired
    PowersTestData data;

    @Test
    void twentyWorkingDaysBeginningWithWednesdayTenthDecember2008EndOnFridayNinthJanuary2009() {
        CaseClock clock = TenantContext.runAs(data.networkId("trafford"), () -> clocks.start(CaseKind.OSC_REFERRAL,
                UUID.randomUUID(), new Party("Trafford Health Scrutiny Committee", null, null, null),
                Duty.OSC_ACKNOWLEDGEMENT, LocalDate.of(2008, 12, 10)));
        assertThat(clock.getDueOn()).isEqualTo(LocalDate.of(2009, 1, 9));
        assertThat(clock.getRuleSetCode()).isEqualTo("links-2008");
        assertThat(clock.getExplanation()).contains("25 Dec 2008").contains("1 Jan 2009");
    }
}
