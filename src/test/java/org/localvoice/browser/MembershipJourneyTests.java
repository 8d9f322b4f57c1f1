package org.localvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

class MembershipJourneyTests extends BrowserJourney {

    @Test
    void aPersonJoinsOnlineWithoutJavaScriptAndStaffFindTheirApplication() {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !checkAccessibility));
        String name = "Journey Joiner " + UUID.randomUUID().toString().substring(0, 8);
        try {
            open("/n/trafford/join");
            axe("join start");
            submit("a.govuk-button--start");
            waitForPath("/n/trafford/join/about");
            submit("button.govuk-button");
            assertThat(find(".govuk-error-summary").getText()).contains("Select whether you are joining as a person or an organisation");
            axe("join about, with errors");
            find("#kind").click();
            find("#name").sendKeys(name);
            submit("button.govuk-button");
            waitForPath("/n/trafford/join/contact");
            axe("join contact");
            find("#email").sendKeys("journey@example.org");
            find("#byEmail").click();
            submit("button.govuk-button");
            waitForPath("/n/trafford/join/needs");
            axe("join needs");
            find("#easyRead").click();
            find("#interests").sendKeys("care homes, dentists");
            submit("button.govuk-button");
            waitForPath("/n/trafford/join/consent");
            axe("join consent");
            find("#consentMembership").click();
            submit("button.govuk-button");
            waitForPath("/n/trafford/join/check");
            assertThat(find(".govuk-summary-list").getText()).contains(name, "journey@example.org", "Easy read");
            axe("join check your answers");
            submit("form[action$='/join/check'] button");
            waitForPath("/n/trafford/join/done");
            assertThat(find(".govuk-panel__title").getText()).isEqualTo("Application sent");
            axe("join done");
            screenshot("membership-join-done");
            find("a[href$='/join/equality']").click();
            waitForPath("/n/trafford/join/equality");
            axe("equality questions");
            find("#AGE-3").click();
            submit("form[action$='/join/equality'] button");
            waitForHeading("Thank you");
        } finally {
            chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }

        signIn("staff@trafford.example", PASSWORD);
        waitForPath("/manage");
        open("/manage/participants?status=APPLIED");
        axe("participants list");
        driver.findElement(org.openqa.selenium.By.linkText(name)).click();
        waitForHeading(name);
        axe("participant page");
        find("#outcome").click();
        submit("form[action$='/decision'] button");
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15)).until(d -> !all(".govuk-notification-banner").isEmpty());
        assertThat(find(".govuk-notification-banner").getText()).contains("Application accepted");
        open("/manage/participants/new");
        axe("add a participant");
        open("/manage/participants/equality");
        axe("equality report");
        open("/manage/data-requests");
        axe("data requests");
        open("/manage/participants/settings");
        axe("membership settings");
        screenshot("membership-settings");
    }

    private boolean checkAccessibility;

    private void waitForHeading(String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15)).until(d -> {
            try {
                return text.equals(d.findElement(org.openqa.selenium.By.cssSelector("h1")).getText());
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return false;
            }
        });
    }

    private void axe(String page) {
        if (checkAccessibility) {
            assertNoSeriousProblems(page);
        }
    }

    @Test
    void theJoinAndStaffPagesHaveNoSeriousAccessibilityProblems() {
        checkAccessibility = true;
        aPersonJoinsOnlineWithoutJavaScriptAndStaffFindTheirApplication();
    }

    @Test
    void aParticipantSeesTheirOwnData() {
        signIn("participant@trafford.example", PASSWORD);
        waitForPath("/account");
        open("/account/my-data");
        waitForHeading("Your data");
        assertThat(find(".govuk-summary-list").getText()).contains("Pat Participant");
        assertNoSeriousProblems("your data");
    }
}
