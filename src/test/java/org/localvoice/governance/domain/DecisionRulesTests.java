package org.localvoice.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.localvoice.calendar.Deadline;
import org.localvoice.calendar.DutyRule;
import org.localvoice.calendar.Duty;
import org.localvoice.calendar.Counting;
import org.localvoice.calendar.PeriodUnit;
import org.localvoice.calendar.RuleSetRef;
import org.localvoice.calendar.SourceTag;
import org.localvoice.governance.DecisionCategory;
import org.localvoice.governance.DecisionRequiredException;

/** The rules of SI 2008/528 reg 2 as the decision record applies them. */
class DecisionRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    static ProcedureVersion published(LocalDate on) {
        ProcedureVersion v = new ProcedureVersion(UUID.randomUUID(), 1, "Decision-making procedure", "Body", null);
        v.publish(on.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plusSeconds(3600), "manager@trafford.example");
        return v;
    }

    static NewDecision decision(ProcedureVersion v, List<String> makers, List<NewDecision.NewDeclaration> declarations) {
        return new NewDecision(DecisionCategory.F_ENTER_AND_VIEW, "Visit Oak House in January", "Concerns raised by residents",
                TODAY.minusDays(3), makers, v == null ? null : v.getId(), declarations);
    }

    @Test
    void aDecisionFollowingAPublishedProcedureByNamedPeopleIsAccepted() {
        ProcedureVersion v = published(TODAY.minusDays(30));
        assertThat(DecisionRules.check(decision(v, List.of("Ann Lee", "Raj Patel"), List.of()), true, Optional.of(v), TODAY))
                .isEmpty();
    }

    @Test
    void noDecisionIsRecordedBeforeTheNetworkHasPublishedAProcedure() {
        assertThat(DecisionRules.check(decision(null, List.of("Ann Lee"), List.of()), false, Optional.empty(), TODAY))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("procedureVersionId",
                        "governance.decision.procedure.nonePublished"));
    }

    @Test
    void aDraftProcedureVersionCannotBeFollowed() {
        ProcedureVersion draft = new ProcedureVersion(UUID.randomUUID(), 2, "Decision-making procedure", "Body", "New quorum");
        assertThat(DecisionRules.check(decision(draft, List.of("Ann Lee"), List.of()), true, Optional.of(draft), TODAY))
                .extracting(FieldProblem::messageKey).containsExactly("governance.decision.procedure.notPublished");
    }

    @Test
    void aProcedurePublishedAfterTheDecisionWasNotFollowed() {
        ProcedureVersion later = published(TODAY.minusDays(1));
        assertThat(DecisionRules.check(decision(later, List.of("Ann Lee"), List.of()), true, Optional.of(later), TODAY))
                .extracting(FieldProblem::messageKey).containsExactly("governance.decision.procedure.publishedAfter");
    }

    @Test
    void aRecusedPersonCannotBeAmongTheDecisionMakers() {
        ProcedureVersion v = published(TODAY.minusDays(30));
        var declared = List.of(new NewDecision.NewDeclaration("raj  PATEL", "Works at Oak House", true));
        assertThat(DecisionRules.check(decision(v, List.of("Ann Lee", "Raj Patel"), declared), true, Optional.of(v), TODAY))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("decidedBy", "governance.decision.decidedBy.recused"));
    }

    @Test
    void aDeclaredInterestWithoutRecusalStillAllowsThePersonToDecide() {
        ProcedureVersion v = published(TODAY.minusDays(30));
        var declared = List.of(new NewDecision.NewDeclaration("Raj Patel", "Relative lives nearby", false));
        assertThat(DecisionRules.check(decision(v, List.of("Raj Patel"), declared), true, Optional.of(v), TODAY)).isEmpty();
    }

    @Test
    void missingFieldsAndFutureDatesAreEachNamed() {
        ProcedureVersion v = published(TODAY.minusDays(30));
        NewDecision d = new NewDecision(null, " ", "", TODAY.plusDays(1), List.of(" "), v.getId(), List.of());
        assertThat(DecisionRules.check(d, true, Optional.of(v), TODAY)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("category", "summary", "reasons", "decidedOn", "decidedBy");
    }

    @ParameterizedTest
    @EnumSource(DecisionCategory.class)
    void aDecisionAuthorisesOnlyActionsOfItsOwnCategory(DecisionCategory category) {
        Decision d = recorded(category, TODAY.minusDays(2));
        assertThat(Authorisation.require(d.getId(), Optional.of(d), category, TODAY)).isSameAs(d);
        for (DecisionCategory other : DecisionCategory.values()) {
            if (other != category) {
                assertThatThrownBy(() -> Authorisation.require(d.getId(), Optional.of(d), other, TODAY))
                        .isInstanceOfSatisfying(DecisionRequiredException.class,
                                e -> assertThat(e.reason()).isEqualTo(DecisionRequiredException.Reason.WRONG_CATEGORY));
            }
        }
    }

    @Test
    void anUnknownDecisionOrOneNotYetMadeAuthorisesNothing() {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> Authorisation.require(id, Optional.empty(), DecisionCategory.D_REQUEST_INFORMATION, TODAY))
                .isInstanceOfSatisfying(DecisionRequiredException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("governance.decisionRequired.NOT_FOUND"));
        Decision future = recorded(DecisionCategory.D_REQUEST_INFORMATION, TODAY.plusDays(1));
        assertThatThrownBy(() -> Authorisation.require(future.getId(), Optional.of(future),
                DecisionCategory.D_REQUEST_INFORMATION, TODAY))
                .isInstanceOfSatisfying(DecisionRequiredException.class,
                        e -> assertThat(e.reason()).isEqualTo(DecisionRequiredException.Reason.NOT_MADE));
    }

    @Test
    void aPublishedProcedureVersionCannotBeEditedOrPublishedAgain() {
        ProcedureVersion v = published(TODAY.minusDays(30));
        assertThatThrownBy(() -> v.edit("New title", "New body", "note")).isInstanceOf(PublishedVersionImmutableException.class);
        assertThatThrownBy(() -> v.publish(Instant.now(), "x")).isInstanceOf(PublishedVersionImmutableException.class);
        assertThat(v.getTitle()).isEqualTo("Decision-making procedure");
        assertThat(v.getBody()).isEqualTo("Body");
    }

    @Test
    void aDecisionIsOverdueOnlyAfterItsDueDateWhileUnpublished() {
        Decision d = recorded(DecisionCategory.G_REFER_TO_OSC, TODAY.minusDays(20));
        LocalDate due = d.getPublicationDue();
        assertThat(d.isOverdue(due)).isFalse();
        assertThat(d.isOverdue(due.plusDays(1))).isTrue();
        d.publish(Instant.now(), "staff@trafford.example");
        assertThat(d.isOverdue(due.plusDays(1))).isFalse();
    }

    static Decision recorded(DecisionCategory category, LocalDate on) {
        ProcedureVersion v = published(on.minusDays(30));
        DutyRule rule = new DutyRule(Duty.DECISION_PUBLICATION, 10, PeriodUnit.WORKING_DAYS, Counting.BEGINNING_WITH,
                null, SourceTag.U, null, false);
        Deadline deadline = new Deadline(on, on.plusDays(14), rule, new RuleSetRef(UUID.randomUUID(), "LINKS_2008",
                "LINks 2008", 1), on, List.of(), 4, false);
        return new Decision("X-1", category, "Summary", "Reasons", on, List.of("Ann Lee"), v, v.getTitle(),
                deadline.due(), deadline, "10 working days");
    }
}
