package org.localvoice.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.localvoice.calendar.Counting;
import org.localvoice.calendar.Deadline;
import org.localvoice.calendar.DeadlineExplanations;
import org.localvoice.calendar.Duty;
import org.localvoice.calendar.DutyRule;
import org.localvoice.calendar.PeriodUnit;
import org.localvoice.calendar.RuleSetRef;
import org.localvoice.calendar.SourceTag;
import org.localvoice.calendar.StatutoryClock;

/** The due date of a decision statement: the rule set's, or the network's own target when sooner. */
class PublicationDueTests {

    static final UUID NETWORK = UUID.randomUUID();
    static final LocalDate DECIDED = LocalDate.of(2026, 3, 2);
    static final LocalDate RULE_SET_DUE = LocalDate.of(2026, 3, 13);

    final StatutoryClock clock = mock(StatutoryClock.class);
    final DeadlineExplanations explanations = mock(DeadlineExplanations.class);
    final PublicationDue publicationDue = new PublicationDue(clock, explanations);

    PublicationDueTests() {
        DutyRule rule = new DutyRule(Duty.DECISION_PUBLICATION, 10, PeriodUnit.WORKING_DAYS, Counting.BEGINNING_WITH, null,
                SourceTag.U, null, false);
        when(clock.due(NETWORK, Duty.DECISION_PUBLICATION, DECIDED)).thenReturn(new Deadline(DECIDED, RULE_SET_DUE, rule,
                new RuleSetRef(UUID.randomUUID(), "LINKS_2008", "LINks 2008", 1), DECIDED, List.of(), 2, false));
        when(explanations.computation(any(), any())).thenReturn("10 working days beginning with Mon 2 Mar 2026");
        when(explanations.date(any(), any())).thenAnswer(a -> a.getArgument(0).toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 10})
    void aTargetSoonerThanTheRuleSetSetsTheDueDate(int days) {
        PublicationDue.Due due = publicationDue.of(NETWORK, DECIDED, days);
        assertThat(due.date()).isEqualTo(DECIDED.plusDays(days));
        assertThat(due.explanation()).startsWith("Network target of " + days + " days").contains("LINks 2008 v1");
        assertThat(due.deadline().ruleSet().code()).isEqualTo("LINKS_2008");
    }

    @ParameterizedTest
    @ValueSource(ints = {11, 30, 365})
    void aTargetNoSoonerThanTheRuleSetLeavesTheRuleSetsDate(int days) {
        PublicationDue.Due due = publicationDue.of(NETWORK, DECIDED, days);
        assertThat(due.date()).isEqualTo(RULE_SET_DUE);
        assertThat(due.explanation()).isEqualTo("LINks 2008 v1: 10 working days beginning with Mon 2 Mar 2026");
    }

    @ParameterizedTest
    @ValueSource(strings = {"none"})
    void withoutATargetTheRuleSetDecides(String none) {
        assertThat(publicationDue.of(NETWORK, DECIDED, null).date()).isEqualTo(RULE_SET_DUE);
    }
}
