package org.localvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

class VisitsJourneyTests extends BrowserJourney {

    @Test
    void aRepresentativeRecordsObservationsOnAPhoneWithoutJavaScript() {
        driver.manage().window().setSize(new Dimension(375, 812));
        signIn("representative@trafford.example", PASSWORD);
        waitForPath("/");
        open("/visits");
        assertNoSeriousProblems("/visits");
        assertThat(all("main a[href^='/visits/']")).as("the representative's visits").isNotEmpty();
        String form = all("main a[href^='/visits/']").get(0).getAttribute("href");
        driver.get(form);
        assertNoSeriousProblems("observation form");

        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            driver.get(form);
            find("#entry").click();
            find("#seenAndHeard").sendKeys("Mrs Green said the tea was cold.");
            find("#residentsSpoken").sendKeys("3");
            submit("button[value=draft]");
            assertThat(find(".govuk-error-summary").getText()).contains("looks like someone's name");
            assertThat(find("#seenAndHeard").getAttribute("value")).contains("Mrs Green");

            find("#seenAndHeard").clear();
            find("#seenAndHeard").sendKeys("A resident said the tea was cold. The lounge was bright.");
            submit("button[value=draft]");
            assertThat(find(".govuk-notification-banner").getText()).contains("Draft saved");
            assertThat(find("#seenAndHeard").getAttribute("value")).contains("The lounge was bright");
        } finally {
            chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
        driver.get(form);
        assertNoSeriousProblems("observation form after a draft");
        Number width = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
        assertThat(width.intValue()).as("no sideways scrolling on a 375px screen").isLessThanOrEqualTo(375);
        screenshot("visits-observation-phone");
    }

    @Test
    void staffPagesForRepresentativesAndPlanningHaveNoSeriousAccessibilityProblems() {
        signIn("staff@trafford.example", PASSWORD);
        waitForPath("/manage");
        for (String page : new String[] {"/manage/representatives", "/manage/representatives/new?q=", "/manage/visits",
                "/manage/visits/new?q=care", "/manage/visits/calendar", "/manage/representatives/settings", "/manage/representatives/nominated"}) {
            open(page);
            assertNoSeriousProblems(page);
        }
        open("/manage/visits/new");
        submit("main form[method=post] button[type=submit]");
        assertThat(find(".govuk-error-summary").getText()).contains("Choose the premises", "Enter the purpose of the visit",
                "Enter the date of the visit");
        assertNoSeriousProblems("plan with errors");
        find("#visitOn").sendKeys("31");
        find("#visitOn-month").sendKeys("2");
        find("#visitOn-year").sendKeys("2027");
        submit("main form[method=post] button[type=submit]");
        assertThat(find(".govuk-error-summary").getText()).contains("Date of visit must be a real date");
        assertThat(find(".govuk-error-summary a[href='#visitOn']")).isNotNull();
        assertThat(find("#visitOn").getAttribute("value")).isEqualTo("31");
        assertNoSeriousProblems("a date that is not real");
        open("/manage/visits");
        all("main table a").get(0).click();
        assertNoSeriousProblems("a visit with its letters to the provider");
        open("/manage/representatives");
        all("main table a").get(0).click();
        assertNoSeriousProblems("a representative");
    }

    @Test
    void publicRegisterReportsAndCardCheckHaveNoSeriousAccessibilityProblems() {
        for (String page : new String[] {"/n/trafford/representatives", "/n/trafford/verify?code=ABCD-2345", "/n/trafford/verify?code=nope",
                "/n/trafford/visits"}) {
            open(page);
            assertNoSeriousProblems(page);
        }
        open("/n/trafford/verify?code=ABCD-2345");
        assertThat(find("main").getText()).contains("This card is valid today");
        open("/n/trafford/visits");
        if (!all("main a[href^='/n/trafford/visits/']").isEmpty()) {
            all("main a[href^='/n/trafford/visits/']").get(0).click();
            assertNoSeriousProblems("a published report");
        }
    }
}
