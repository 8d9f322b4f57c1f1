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

        find("a[href$='/edit']").click();
        waitForPath("/manage/impact/");
        assertNoSeriousProblems("correct a change");
        find("#title").clear();
        submit("form[action$='/edit'] button[type=submit]");
        assertThat(find(".govuk-error-summary__list a").getAttribute("href")).endsWith("#title");
        assertNoSeriousProblems("correct a change with an error");
        find("#title").sendKeys(title);
        submit("form[action$='/edit'] button[type=submit]");
        waitForPath("/manage/impact/");
        assertThat(find("h1").getText()).isEqualTo(title);

        open("/manage/views/equality");
        assertThat(find("h1").getText()).isEqualTo("Who gives us their views");
        assertNoSeriousProblems("equality monitoring counts");
        open("/manage/views/equality?from=2026-13");
        assertThat(find(".govuk-error-summary__list a").getAttribute("href")).endsWith("#from");
        assertNoSeriousProblems("equality monitoring counts with an error");

        open("/manage/views");
        find("table a[href^='/manage/views/']").click();
        waitForPath("/manage/views/");
        find("a[href$='/service']").click();
        waitForPath("/manage/views/");
        assertThat(find("h1").getText()).isEqualTo("Link this view to the care directory");
        assertNoSeriousProblems("link a view to the care directory");

        open("/n/trafford/what-changed");
        assertThat(find("main").getText()).contains(title);
        assertNoSeriousProblems("what changed (public)");
        open("/n/trafford/views/responses");
        assertNoSeriousProblems("response rates");
        open("/n/trafford/views/themes");
        assertNoSeriousProblems("published views by theme");
        if (!all("tbody a[href*='/views/themes/']").isEmpty()) {
            find("tbody a[href*='/views/themes/']").click();
            waitForPath("/n/trafford/views/themes/");
            assertNoSeriousProblems("published views about a theme");
        }
        open("/n/trafford/services?q=Altrincham");
        assertThat(all("a[href^='/n/trafford/views?service=']")).isNotEmpty();
        assertNoSeriousProblems("care services with links to their views");
    }

    @Test
    void aServiceResponderSeesTheirViewsPage() {
        signIn("responder@trafford.example", PASSWORD);
        open("/respond/views");
        assertThat(find("h1").getText()).isEqualTo("Views about your services");
        assertNoSeriousProblems("responder views");
    }
}
