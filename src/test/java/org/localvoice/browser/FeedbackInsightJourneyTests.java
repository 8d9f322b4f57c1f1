package org.localvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

class FeedbackInsightJourneyTests extends BrowserJourney {

    @Test
    void staffAddAThemeAndRecordWhatChangedAndEveryPageIsAccessible() {
        signIn("staff@trafford.example", PASSWORD);
        waitForPath("/manage");

        open("/manage/themes");
        assertNoSeriousProblems("themes");
        String theme = "Home visits " + UUID.randomUUID().toString().substring(0, 6);
        find("#name").sendKeys(theme);
        new Select(find("#parentId")).selectByVisibleText("Access to medical care & support");
        submit("form[action$='/manage/themes'] button[type=submit]");
        waitForPath("/manage/themes");
        assertThat(find(".govuk-notification-banner__heading").getText()).contains(theme);
        screenshot("themes");

        open("/manage/views/insight");
        assertNoSeriousProblems("insight");
        find("#from").sendKeys("2026-13-40");
        open("/manage/views/insight?from=2026-13-40");
        assertThat(find(".govuk-error-summary__list a").getAttribute("href")).endsWith("#from");
        assertNoSeriousProblems("insight with an error");

        open("/manage/impact");
        assertNoSeriousProblems("what changed (staff)");
        String title = "Quieter wards at night " + UUID.randomUUID().toString().substring(0, 6);
        find("#title").sendKeys(title);
        find("#whatChanged").sendKeys("Night staff now dim the lights at 10pm.");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.getElementById('changedOn').value = '2026-10-01'");
        submit("form[action$='/manage/impact'] button[type=submit]");
        waitForPath("/manage/impact/");
        assertThat(find("h1").getText()).isEqualTo(title);
        assertNoSeriousProblems("a change");

        open("/n/trafford/what-changed");
        assertThat(find("main").getText()).contains(title);
        assertNoSeriousProblems("what changed (public)");
        open("/n/trafford/views/responses");
        assertNoSeriousProblems("response rates");
    }

    @Test
    void aServiceResponderSeesTheirViewsPage() {
        signIn("responder@trafford.example", PASSWORD);
        open("/respond/views");
        assertThat(find("h1").getText()).isEqualTo("Views about your services");
        assertNoSeriousProblems("responder views");
    }
}
