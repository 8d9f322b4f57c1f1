package org.localvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.localvoice.platform.web.ServedApplication;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A journey through the running application in headless Chromium (H2 and demo data; tag
 * {@code browser}, run once, not on PostgreSQL). All journeys share one application and one browser;
 * each starts signed out, in English. Screenshots go to {@code target/screenshots/}.
 */
@Tag("browser")
@ServedApplication
@ExtendWith(BrowserAvailable.class)
abstract class BrowserJourney {

    static final String PASSWORD = "local-voice-demo";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    WebDriver driver;

    @BeforeEach
    void freshVisitor() {
        driver = Browser.driver();
        driver.manage().window().setSize(new Dimension(1280, 1024));
        open("/favicon.ico");
        driver.manage().deleteAllCookies();
    }

    void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    String path() {
        String url = driver.getCurrentUrl();
        String base = "http://localhost:" + port;
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Clicks a form's button and waits until the browser has left the page (the next one is loading or loaded). */
    void submit(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
        WebElement page = find("html");
        for (int attempt = 1; ; attempt++) {
            try {
                find(css).click();
                break;
            } catch (org.openqa.selenium.WebDriverException e) {
                // Chromium may report an error when the click's own navigation replaced the page under it:
                // then the form was sent. Otherwise try again (at most three times).
                if (Boolean.TRUE.equals(ExpectedConditions.stalenessOf(page).apply(driver))) {
                    break;
                }
                if (attempt == 3) {
                    throw e;
                }
            }
        }
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
    }

    void waitForPath(String prefix) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> path().startsWith(prefix));
    }

    void signIn(String email, String password) {
        open("/sign-in");
        find("#email").sendKeys(email);
        find("#password").sendKeys(password);
        submit("main form button[type=submit]");
    }

    void assertSignedIn() {
        assertThat(all("form[action$='/sign-out'] button")).as("a Sign out button").hasSize(1);
    }

    /** Saves the whole page (not just the window) as {@code target/screenshots/<name>.png}. */
    void screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        Number height = (Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(window.getWidth(), Math.max(window.getHeight(), height.intValue() + 100)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    /** axe-core finds no serious or critical problem on the page now open. */
    void assertNoSeriousProblems(String page) {
        Results results = new AxeBuilder().analyze(driver);

        assertThat(results.isErrored()).as("axe failed on %s: %s", page, results.getErrorMessage()).isFalse();
        assertThat(results.getPasses()).as("axe checked %s", page).isNotEmpty();
        List<String> problems = results.getViolations().stream().filter(r -> BLOCKING.contains(r.getImpact()))
                .map(BrowserJourney::describe).toList();
        assertThat(problems).as("serious or critical accessibility problems on %s", page).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }
}
