package org.oicc.relations.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A browser test's world, made fresh for each test: a {@link TestSite} with the authoring UI in a
 * temp folder of its own, one headless {@link Chromium} window and a wait. Register it with
 * {@code @RegisterExtension}; it is started before the class's own {@code @BeforeEach} methods, so
 * those may already log in. Without Chromium installed the test is skipped, as every browser test
 * was before.
 */
public final class AuthoringBrowser implements BeforeEachCallback, AfterEachCallback {

    private final UnaryOperator<TestSiteBuilder> siteShape;
    private final int width;
    private final int height;
    private Path folder;

    public TestSite site;
    public Chromium chromium;
    public ChromeDriver browser;
    public WebDriverWait wait;

    private AuthoringBrowser(UnaryOperator<TestSiteBuilder> siteShape, int width, int height) {
        this.siteShape = siteShape;
        this.width = width;
        this.height = height;
    }

    /** A combined instance (author and public in one, with the public site) and a window of width × height. */
    public static AuthoringBrowser combined(int width, int height) {
        return new AuthoringBrowser(b -> b.combined().site(), width, height);
    }

    /** Any instance the builder can make; the authoring UI is always added. */
    public static AuthoringBrowser of(UnaryOperator<TestSiteBuilder> siteShape, int width, int height) {
        return new AuthoringBrowser(siteShape, width, height);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        assumeTrue(Files.isExecutable(Chromium.BINARY), Chromium.BINARY + " is not installed");
        folder = Files.createTempDirectory("authoring-browser");
        site = siteShape.apply(TestSite.builder()).authorUi().start(folder.resolve("data"));
        chromium = new Chromium(width, height);
        browser = chromium.driver;
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            if (site != null) {
                site.close();
            }
            if (folder != null) {
                TestFolders.deleteTree(folder);
            }
        }
    }

    public String base() {
        return site.base();
    }

    /** Fills the login form the browser shows now and sends it. */
    public void logIn(String user, String password) {
        type(browser.findElement(By.id("username")), user);
        type(browser.findElement(By.id("password")), password);
        browser.findElement(By.cssSelector("button[type=submit].primary")).click();
    }

    /** Opens the login page asking to go to {@code next} afterwards, logs in as admin and waits to leave it. */
    public void logInAsAdmin(String next) {
        browser.get(base() + "/.author/login?next=" + next);
        logIn("admin", TestSite.PASSWORD);
        wait.until(d -> !d.getCurrentUrl().contains("/.author/login"));
    }

    /** Replaces what an input holds (sendKeys alone would append to a prefilled value). */
    public static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Warnings and errors of the console since the last call, but the favicon the browser asks for
     * by itself (the UI has none): a CSP violation or a script error shows here.
     */
    public List<String> consoleProblems() {
        return chromium.consoleMessages().stream().filter(m -> !m.contains("/favicon.ico")).toList();
    }

    public void screenshot(String name) throws IOException {
        chromium.screenshot(name);
    }
}
