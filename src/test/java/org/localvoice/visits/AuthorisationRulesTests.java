package org.localvoice.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.localvoice.visits.domain.Authorisation;
import org.localvoice.visits.domain.AuthorisationRules;
import org.localvoice.visits.domain.AuthorisationStatus;
import org.localvoice.visits.domain.AuthorisedRepresentative;
import org.localvoice.visits.domain.CheckType;
import org.localvoice.visits.domain.Renewals;
import org.localvoice.visits.domain.TeamCheck;

class AuthorisationRulesTests {

    static final LocalDate D = LocalDate.of(2026, 11, 25);

    static AuthorisedRepresentative complete(LocalDate trainingOn, LocalDate checkOn, LocalDate issuedOn) {
        AuthorisedRepresentative r = new AuthorisedRepresentative(UUID.randomUUID(), "Pat Visitor", "pat@example.org");
        r.record("Enter and View training", trainingOn, null, CheckType.ENHANCED, checkOn, "001234567890");
        r.consider(UUID.randomUUID(), "Nominated Person", checkOn, true, null);
        if (issuedOn != null) {
            r.issue(issuedOn, "ABCD-2345");
        }
        return r;
    }

    @Test
    void aNewRepresentativeIsIncompleteAndSaysWhatIsMissing() {
        AuthorisedRepresentative r = new AuthorisedRepresentative(UUID.randomUUID(), "Pat", null);

        Authorisation a = AuthorisationRules.assess(r, Renewals.DEFAULT, D);

        assertThat(a.status()).isEqualTo(AuthorisationStatus.INCOMPLETE);
        assertThat(a.reasons()).containsExactly("visits.reason.noTraining", "visits.reason.noCheck", "visits.reason.notConsidered");
    }

    @Test
    void everyStepRecordedButNoWrittenEvidenceIsReadyToIssueNotAuthorised() {
        Authorisation a = AuthorisationRules.assess(complete(D.minusDays(10), D.minusDays(5), null), Renewals.DEFAULT, D);

        assertThat(a.status()).isEqualTo(AuthorisationStatus.READY_TO_ISSUE);
        assertThat(a.authorised()).isFalse();
    }

    @Test
    void aPersonFoundNotSuitableIsNeverAuthorised() {
        AuthorisedRepresentative r = complete(D.minusDays(10), D.minusDays(5), D.minusDays(1));
        r.consider(UUID.randomUUID(), "Nominated Person", D, false, "Not suitable");

        assertThat(AuthorisationRules.assess(r, Renewals.DEFAULT, D).status()).isEqualTo(AuthorisationStatus.NOT_SUITABLE);
    }

    @Test
    void aChangedCheckMustBeConsideredAgain() {
        AuthorisedRepresentative r = complete(D.minusDays(10), D.minusDays(5), D.minusDays(1));
        r.record("Enter and View training", D.minusDays(10), null, CheckType.ENHANCED, D, "NEW-REF");

        assertThat(AuthorisationRules.assess(r, Renewals.DEFAULT, D).reasons()).containsExactly("visits.reason.notConsidered");
    }

    @Test
    void withdrawalEndsAuthorisationFromItsDateOnly() {
        AuthorisedRepresentative r = complete(D.minusYears(1), D.minusYears(1), D.minusMonths(11));
        r.withdraw(D, "Moved away");

        assertThat(AuthorisationRules.assess(r, Renewals.DEFAULT, D.minusDays(1)).status()).isEqualTo(AuthorisationStatus.AUTHORISED);
        assertThat(AuthorisationRules.assess(r, Renewals.DEFAULT, D).status()).isEqualTo(AuthorisationStatus.WITHDRAWN);
    }

    @Test
    void anExplicitTrainingExpiryWinsOverTheNetworksRenewalPeriod() {
        AuthorisedRepresentative r = complete(D.minusMonths(2), D.minusMonths(2), D.minusMonths(2));
        r.record("Refresher", D.minusMonths(2), D.minusDays(1), CheckType.ENHANCED, D.minusMonths(2), "001234567890");

        assertThat(AuthorisationRules.trainingExpiry(r, Renewals.DEFAULT)).isEqualTo(D.minusDays(1));
    }

    /** Generated training and check dates, renewal periods and days to ask about. */
    static Stream<Arguments> generatedDates() {
        Random random = new Random(20081125);
        return IntStream.range(0, 200).mapToObj(i -> {
            LocalDate training = LocalDate.of(2008, 4, 1).plusDays(random.nextInt(6000));
            LocalDate check = training.plusDays(random.nextInt(400) - 200);
            Renewals renewals = new Renewals(1 + random.nextInt(60), 1 + random.nextInt(60));
            LocalDate issued = (training.isAfter(check) ? training : check).plusDays(random.nextInt(30));
            LocalDate asked = issued.plusDays(random.nextInt(2200) - 100);
            return Arguments.of(training, check, renewals, issued, asked);
        });
    }

    @ParameterizedTest
    @MethodSource("generatedDates")
    void authorisedExactlyFromIssueUntilTheEarlierOfTheTwoRenewalDates(LocalDate training, LocalDate check, Renewals renewals,
            LocalDate issued, LocalDate asked) {
        AuthorisedRepresentative r = complete(training, check, issued);
        LocalDate trainingEnds = training.plusMonths(renewals.trainingMonths()).minusDays(1);
        LocalDate checkEnds = check.plusMonths(renewals.checkMonths()).minusDays(1);
        LocalDate lastDay = trainingEnds.isBefore(checkEnds) ? trainingEnds : checkEnds;

        Authorisation a = AuthorisationRules.assess(r, renewals, asked);

        assertThat(a.validTo()).isEqualTo(lastDay);
        boolean expected = !asked.isBefore(issued) && !asked.isAfter(lastDay);
        assertThat(a.authorised()).as("asked %s, issued %s, last day %s", asked, issued, lastDay).isEqualTo(expected);
        if (asked.isAfter(lastDay)) {
            assertThat(a.status()).isEqualTo(AuthorisationStatus.EXPIRED);
            assertThat(a.reasons()).contains(asked.isAfter(trainingEnds) ? "visits.reason.trainingExpired" : "visits.reason.checkExpired");
        }
    }

    @ParameterizedTest
    @MethodSource("generatedDates")
    void theTeamCheckRefusesExactlyThoseNotAuthorisedOnTheVisitDate(LocalDate training, LocalDate check, Renewals renewals,
            LocalDate issued, LocalDate asked) {
        AuthorisedRepresentative r = complete(training, check, issued);
        AuthorisedRepresentative always = complete(asked.minusDays(1), asked.minusDays(1), asked.minusDays(1));

        List<TeamCheck.Problem> problems = TeamCheck.problems(List.of(r, always), renewals, asked);

        boolean ok = AuthorisationRules.assess(r, renewals, asked).authorised();
        assertThat(problems).hasSize(ok ? 0 : 1);
        problems.forEach(p -> {
            assertThat(p.name()).isEqualTo("Pat Visitor");
            assertThat(p.visitOn()).isEqualTo(asked);
            assertThat(p.reasonKey()).startsWith("visits.reason.");
        });
    }
}
