package org.localvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Giving a view in a real browser, then moderating it as host staff; axe on each page on the way. */
class FeedbackJourneyTests extends BrowserJourney {

    @Test
    void aVisitorGivesAViewAndAModeratorRedactsAndPublishesIt() {
        open("/n/trafford/views/new");
        assertNoSeriousProblems("give a view");
        find("#q").sendKeys("Altrincham");
        submit("button[value=search]");
        WebElement firstResult = driver.findElements(By.cssSelector("input[name=premisesId]")).get(0);
        firstResult.click();
        String text = "Dr Grey listened well but I waited two hours. Ring me on 07700 900123.";
        find("#text").sendKeys(text);
        find("#whenMonth").sendKeys("3");
        find("#whenYear").sendKeys("2026");
        find("label[for=rating]").click();
        find("label[for=identity]").click();
        find("label[for=contact-NO]").click();
        find("label[for=consent]").click();
        submit("button[value=continue]");

        waitForPath("/n/trafford/views/check");
        assertThat(find("main").getText()).contains(text);
        assertNoSeriousProblems("check your answers");
        submit("main form button[type=submit]");

        waitForPath("/n/trafford/views/equality");
        assertNoSeriousProblems("equality questions");
        find("label[for=AGE]").click();
        submit("main form button[type=submit]");

        waitForPath("/n/trafford/views/done");
        String reference = find(".lv-reference").getText();
        assertThat(reference).matches("TRA-[0-9A-Z]{4}-[0-9A-Z]{2}");
        assertNoSeriousProblems("confirmation");
        screenshot("feedback-confirmation");

        signIn("staff@trafford.example", PASSWORD);
        waitForPath("/manage");
        open("/manage/views?status=AWAITING_MODERATION");
        assertNoSeriousProblems("moderation queue");
        driver.findElement(By.linkText(reference)).click();
        waitForPath("/manage/views/");
        assertThat(all("mark.lv-personal-data")).hasSizeGreaterThanOrEqualTo(2);
        assertNoSeriousProblems("moderation page");
        submit("button[value=redact]");
        assertThat(find("#text").getAttribute("value")).contains("Dr [removed]").doesNotContain("07700");
        find("label[for=decision]").click();
        submit("button[value=decide]");
        waitForPath("/manage/views");
        screenshot("feedback-moderated");

        open("/n/trafford/views/" + reference);
        assertThat(find("main").getText()).contains("Dr [removed] listened well").doesNotContain("Grey");
        assertNoSeriousProblems("published view");
        open("/n/trafford/views");
        assertNoSeriousProblems("published views");
    }
}
