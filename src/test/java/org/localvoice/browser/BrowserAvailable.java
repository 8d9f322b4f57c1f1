package org.localvoice.browser;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips browser tests when Chromium or chromedriver is missing, with a message saying how to install
 * them, except under CI ({@code CI=true}), where a missing browser fails the build.
 */
class BrowserAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Browser.installed()) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver found");
        }
        String message = "Browser tests need Chromium at " + Browser.CHROMIUM + " and chromedriver at "
                + Browser.CHROMEDRIVER + " (Debian: apt-get install chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but " + message);
        }
        return ConditionEvaluationResult.disabled("Skipped: " + message);
    }
}
