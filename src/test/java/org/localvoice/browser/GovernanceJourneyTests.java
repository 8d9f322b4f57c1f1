package org.localvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.access.domain.Totp;
import org.openqa.selenium.support.ui.Select;

/** A host manager publishes a procedure, records a decision under it and publishes it; the public reads it. */
class GovernanceJourneyTests extends BrowserJourney {

    static final String DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXP";

    @Test
    void aManagerPublishesAProcedureRecordsADecisionAndPublishesItForThePublic() throws InterruptedException {
        signInAsManager();

        String title = "Spending procedure " + UUID.randomUUID().toString().substring(0, 8);
        open("/manage/procedures");
        assertNoSeriousProblems("staff procedures");
        open("/manage/procedures/new");
        submit("main form button[type=submit]");
        assertThat(find(".govuk-error-summary").getText()).contains("Enter a title").contains("Enter the text of the procedure");
        assertNoSeriousProblems("new procedure with errors");
        find("#title").sendKeys(title);
        find("#body").sendKeys("## Who decides\n\nSpending over 500 pounds is decided by the governing group.");
        submit("main form button[type=submit]");
        waitForPath("/manage/procedures/");
        assertNoSeriousProblems("procedure versions");
        submit("form[action$='/publish'] button");
        assertThat(find(".govuk-notification-banner").getText()).contains("Version published");

        open("/manage/decisions/new");
        find("#category-c").click();
        find("#summary").sendKeys("Spend 300 pounds on easy-read leaflets");
        find("#reasons").sendKeys("People with learning disabilities asked for them.");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        find("#decidedOnDay").sendKeys(String.valueOf(today.getDayOfMonth()));
        find("#decidedOnMonth").sendKeys(String.valueOf(today.getMonthValue()));
        find("#decidedOnYear").sendKeys(String.valueOf(today.getYear()));
        find("#decidedBy").sendKeys("Gwen Governing\nAnn Lee\nRaj Patel");
        find("#declarations0\\.person").sendKeys("Raj Patel");
        find("#declarations0\\.interest").sendKeys("Volunteers for the printer");
        find("#declarations0\\.recused1").click();
        new Select(find("#procedureVersionId")).selectByVisibleText(
                find("#procedureVersionId option:nth-child(2)").getText());
        submit("main form button[type=submit]");
        assertThat(find(".govuk-error-summary").getText()).contains("Raj Patel declared an interest");
        assertNoSeriousProblems("record a decision with errors");
        find("#decidedBy").clear();
        find("#decidedBy").sendKeys("Gwen Governing\nAnn Lee");
        new Select(find("#procedureVersionId")).selectByVisibleText(all("#procedureVersionId option").stream()
                .filter(o -> o.getText().startsWith(title)).findFirst().orElseThrow().getText());
        submit("main form button[type=submit]");
        waitForPath("/manage/decisions/");
        assertThat(find(".govuk-notification-banner").getText()).contains("Decision recorded");
        assertNoSeriousProblems("decision");
        submit("form[action$='/publish'] button");
        assertThat(find(".govuk-notification-banner").getText()).contains("Statement published");

        open("/manage/decisions");
        assertNoSeriousProblems("staff decisions");
        open("/manage/decisions/publication-target");
        assertNoSeriousProblems("publication target");
        open("/governance/sign-offs");
        assertNoSeriousProblems("sign-offs");

        submit("form[action$='/sign-out'] button");
        open("/n/trafford/decisions?category=C_SPENDING");
        assertThat(find("main").getText()).contains("Spend 300 pounds on easy-read leaflets").contains("Gwen Governing, Ann Lee");
        assertNoSeriousProblems("public decisions");
        find("main h2 a").click();
        assertThat(find("main").getText()).contains("Raj Patel: Volunteers for the printer (stayed out of the decision)");
        assertNoSeriousProblems("public decision");
        open("/n/trafford/procedures");
        assertThat(find("main").getText()).contains(title);
        assertNoSeriousProblems("public procedures");
        all("main a").stream().filter(a -> a.getText().equals(title)).findFirst().orElseThrow().click();
        assertThat(find("main h2").getText()).isEqualTo("Who decides");
        assertNoSeriousProblems("public procedure");
        screenshot("governance-public-procedure");
    }

    private void signInAsManager() throws InterruptedException {
        signIn("manager@trafford.example", PASSWORD);
        waitForPath("/sign-in/two-factor");
        for (int attempt = 0; attempt < 2 && path().startsWith("/sign-in/two-factor"); attempt++) {
            find("#code").sendKeys(Totp.code(DEMO_TOTP_SECRET, Totp.stepAt(Instant.now())));
            submit("main form button[type=submit]");
            if (path().startsWith("/sign-in/two-factor")) {
                Thread.sleep(Totp.STEP_SECONDS * 1000); // the code of this step was used already: wait for the next
                find("#code").clear();
            }
        }
        waitForPath("/manage");
    }
}
