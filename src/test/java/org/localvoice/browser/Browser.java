package org.localvoice.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium for the whole test run, driven by the system's chromedriver (no download).
 * Paths default to Debian's packages and can be changed with {@code -Dlocalvoice.browser.chromium=} and
 * {@code -Dlocalvoice.browser.chromedriver=} (or {@code CHROME_BIN} and {@code CHROMEDRIVER}).
 */
final class Browser {

    static final String CHROMIUM = setting("localvoice.browser.chromium", "CHROME_BIN", "/usr/bin/chromium");
    static final String CHROMEDRIVER = setting("localvoice.browser.chromedriver", "CHROMEDRIVER", "/usr/bin/chromedriver");

    private static WebDriver driver;

    private Browser() {
    }

    /** Whether both programs are there; see {@link BrowserAvailable}. */
    static boolean installed() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    static synchronized WebDriver driver() {
        if (driver == null) {
            driver = start();
            WebDriver started = driver;
            Runtime.getRuntime().addShutdownHook(new Thread(started::quit));
        }
        return driver;
    }

    private static WebDriver start() {
        Path profile;
        try {
            profile = Files.createTempDirectory("lv-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,1024", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    private static String setting(String property, String variable, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
