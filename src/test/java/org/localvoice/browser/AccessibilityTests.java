package org.localvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** axe-core finds no serious or critical accessibility problem on the main pages, in both languages. */
class AccessibilityTests extends BrowserJourney {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

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

    private void assertNoSeriousProblems(String page) {
        Results results = new AxeBuilder().analyze(driver);

        assertThat(results.isErrored()).as("axe failed on %s: %s", page, results.getErrorMessage()).isFalse();
        assertThat(results.getPasses()).as("axe checked %s", page).isNotEmpty();
        List<String> problems = results.getViolations().stream().filter(r -> BLOCKING.contains(r.getImpact()))
                .map(AccessibilityTests::describe).toList();
        assertThat(problems).as("serious or critical accessibility problems on %s", page).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }
}
