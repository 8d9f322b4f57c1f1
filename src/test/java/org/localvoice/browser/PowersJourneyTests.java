package org.localvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** Staff open a request for information under a relevant decision and record the reply; the pages pass axe. */
class PowersJourneyTests extends BrowserJourney {

    @Test
    void staffOpenARequestUnderADecisionAndRecordItsReply() {
        signIn("staff@trafford.example", PASSWORD);
        open("/manage/powers");
        assertNoSeriousProblems("deadlines overview");
        open("/manage/powers/requests/new");
        assertNoSeriousProblems("new request");
        Select decision = new Select(find("#decisionId"));
        decision.selectByIndex(1);
        find("#recipientName").sendKeys("Trafford acute hospital trust");
        find("#subject").sendKeys("Nights with too few nurses");
        find("#questions").sendKeys("How many night shifts were short-staffed?\nWhat is the plan?");
        new Select(find("#channel")).selectByValue("EMAIL");
        submit("form[action$='/manage/powers/requests'] button[type=submit]");
        waitForPath("/manage/powers/requests/");
        assertThat(find("h1").getText()).as("the request page, not the form again: %s",
                all(".govuk-error-summary").stream().map(e -> e.getText()).toList()).isEqualTo("Nights with too few nurses");
        assertNoSeriousProblems("request");

        new Select(find("#kind")).selectByValue("FULL");
        find("#receivedOn").sendKeys(java.time.LocalDate.now().getDayOfMonth() + "/"
                + java.time.LocalDate.now().getMonthValue() + "/" + java.time.LocalDate.now().getYear());
        new Select(find("#via")).selectByValue("EMAIL");
        find("#summary").sendKeys("The trust sent its staffing figures.");
        submit("form[action$='/replies'] button[type=submit]");
        waitForPath("/manage/powers/requests/");
        assertThat(find(".govuk-notification-banner").getText()).contains("The answer has been recorded");
        assertThat(find("main").getText()).contains("Answered on time");
    }

    @Test
    void staffTickRecipientsFromTheDirectoryAndFollowUpAPromisedChange() {
        signIn("staff@trafford.example", PASSWORD);
        open("/manage/powers/visit-referrals");
        assertNoSeriousProblems("Enter and View recommendations to refer");
        open("/manage/powers/reports/new");
        find("#title").sendKeys("Kept while searching");
        find("#q").sendKeys("Trafford");
        submit("button[name=find]");
        assertThat(find("#title").getAttribute("value")).isEqualTo("Kept while searching");
        assertNoSeriousProblems("new report with directory results");

        open("/manage/powers/reports");
        all("main table a").stream().filter(a -> !a.getText().isBlank()).reduce((first, second) -> second).orElseThrow().click();
        waitForPath("/manage/powers/reports/");
        find("a[href$='/outcome']").click();
        waitForPath("/manage/powers/reports/");
        assertNoSeriousProblems("did the change happen");
        find("#outcome").click();
        submit("form[action$='/outcome'] button[type=submit]");
        assertThat(find(".govuk-error-summary").getText()).contains("Record this on or after the review date");
        assertNoSeriousProblems("did the change happen, with an error");
    }

    @Test
    void thePublicRegistersAndLeagueTablePassAxe() {
        open("/n/trafford/registers/requests");
        assertNoSeriousProblems("requests register");
        all("main table a").get(0).click();
        assertNoSeriousProblems("request register entry");
        open("/n/trafford/registers/reports");
        assertNoSeriousProblems("reports register");
        open("/n/trafford/registers/referrals");
        assertNoSeriousProblems("referrals register");
        open("/n/trafford/registers/league");
        assertNoSeriousProblems("league table");
    }
}
