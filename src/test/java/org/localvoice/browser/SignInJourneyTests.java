package org.localvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

class SignInJourneyTests extends BrowserJourney {

    @Test
    void staffSignInLandsOnTheirDashboardAndSignOutEndsTheSession() {
        signIn("staff@trafford.example", PASSWORD);

        waitForPath("/manage");
        assertSignedIn();
        assertThat(find(".lv-signed-in-as").getText()).startsWith("Signed in as");
        screenshot("staff-landing");

        submit("form[action$='/sign-out'] button");

        waitForPath("/?signedOut");
        assertThat(all("form[action$='/sign-out'] button")).isEmpty();
        assertThat(find(".lv-account-links a[href$='/sign-in']").getText()).isEqualTo("Sign in");
        open("/manage");
        assertThat(path()).startsWith("/sign-in");
    }

    @Test
    void aWrongPasswordIsExplainedInAnErrorSummaryLinkedToTheField() {
        signIn("staff@trafford.example", "not-the-password");

        waitForPath("/sign-in?error");
        assertThat(find(".govuk-error-summary h2").getText()).isEqualTo("There is a problem");
        assertThat(find(".govuk-error-summary__list a").getAttribute("href")).endsWith("#email");
        screenshot("sign-in-error");
    }

    @Test
    void signingInWorksWithoutJavaScript() {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            signIn("staff@trafford.example", PASSWORD);

            waitForPath("/manage");
            assertSignedIn();
            assertThat(find("body").getAttribute("class")).doesNotContain("js-enabled");
        } finally {
            chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }
}
