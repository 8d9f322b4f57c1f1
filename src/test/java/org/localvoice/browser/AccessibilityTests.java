package org.localvoice.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** axe-core finds no serious or critical accessibility problem on the main pages, in both languages. */
class AccessibilityTests extends BrowserJourney {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/sign-in", "/sign-in?error=invalid", "/n/trafford", "/networks", "/accessibility",
            "/privacy", "/n/trafford/no-such-page", "/?lang=ur", "/n/trafford?lang=ur", "/sign-in?lang=ur"})
    void publicPageHasNoSeriousProblems(String page) {
        open(page);

        assertNoSeriousProblems(page);
        if (page.equals("/")) {
            screenshot("home");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/manage", "/account"})
    void staffPageHasNoSeriousProblems(String page) {
        signIn("staff@trafford.example", PASSWORD);
        waitForPath("/manage");

        open(page);

        assertSignedIn();
        assertNoSeriousProblems(page);
    }
}
