package org.oicc.relations.authoring.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.oicc.relations.content.ContentService;
import org.oicc.relations.content.Item;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.TestSite;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An editor in headless Chromium: logs in, changes IULA's role in its agreement entry, meets the
 * inline message for a bad website, saves, publishes, and the public side has the change, down to
 * the public {@code /relations.html} page.
 * Screenshots of the list and the form go to {@code target/screenshots/}. Skipped only where
 * Chromium and its driver are not installed ({@code CHROME_BIN}, {@code CHROMEDRIVER} or /usr/bin).
 */
class AuthoringBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final String ROLE = "Partner under the renewed cooperation agreement";

    @TempDir
    Path data;
    @TempDir
    Path profile;
    private TestSite site;
    private ContentService content;
    private String base;
    private ChromeDriver browser;
    private WebDriverWait wait;

    private static File executable(String env, String fallback) {
        String given = System.getenv(env);
        return new File(given == null || given.isBlank() ? fallback : given);
    }

    @BeforeEach
    void start() throws Exception {
        File chromium = executable("CHROME_BIN", "/usr/bin/chromium");
        File driver = executable("CHROMEDRIVER", "/usr/bin/chromedriver");
        assumeTrue(chromium.canExecute() && driver.canExecute(), "Chromium or chromedriver is not installed");
        site();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,2400", "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        Files.createDirectories(SHOTS);
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (site != null) {
            site.close();
        }
    }

    /** The combined instance: public pages at / and this UI at /.author/, over author and public repositories. */
    private void site() throws Exception {
        site = TestSite.builder().combined().site().authorUi().start(data.resolve("data"));
        content = site.content;
        base = site.base();
    }

    private void screenshot(String name) throws Exception {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    @Test
    void anEditorChangesTheAgreementRolePublishesAndThePublicSideHasIt() throws Exception {
        browser.get(base + "/.author/items/organization");
        wait.until(d -> d.getCurrentUrl().contains("/.author/login"));
        type(browser.findElement(By.id("username")), "admin");
        type(browser.findElement(By.id("password")), TestSite.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit].primary")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/.author/items/organization"));
        assertThat(browser.findElements(By.cssSelector("table.items tbody tr"))).hasSize(25);
        screenshot("author-list.png");

        type(browser.findElement(By.id("q")), "iula");
        browser.findElement(By.id("q")).submit();
        wait.until(d -> d.findElements(By.cssSelector("table.items tbody tr")).size() == 1);
        browser.findElement(By.linkText("International Union of Local Authorities")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/.author/items/organization/iula"));

        // the language tabs are CSS over radio buttons: Arabic shows the Arabic inputs only
        browser.findElement(By.cssSelector("label[for=tab-ar]")).click();
        assertThat(browser.findElement(By.id("f-name_ar")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("f-name")).isDisplayed()).isFalse();
        browser.findElement(By.cssSelector("label[for=tab-en]")).click();
        // the script turns the parent picker into a combobox (and hides the no-script Find button)
        assertThat(browser.findElements(By.cssSelector("input#f-parent[role=combobox][aria-controls=f-parent-listbox]"))).hasSize(1);

        String agreement = content.read("relationshipCategory", "cooperation-agreement").id();
        int entry = agreementEntry(agreement);
        // relationship rows start folded under their title; unfold the agreement to edit its role
        browser.findElement(By.cssSelector("#f-relationships-" + entry + " > summary")).click();
        type(browser.findElement(By.id("f-relationships-" + entry + "-role")), ROLE);
        type(browser.findElement(By.id("f-website")), "www.iula.org");
        browser.findElement(By.cssSelector("button[value=save]")).click();

        WebElement message = wait.until(d -> d.findElement(By.id("f-website-err")));
        assertThat(message.getText()).isEqualTo("Enter an absolute http or https address, for example https://www.example.org.");
        assertThat(browser.findElement(By.id("f-relationships-" + entry + "-role")).getAttribute("value")).isEqualTo(ROLE);
        assertThat(content.read("organization", "iula").property("website")).isEmpty();
        screenshot("author-form-invalid.png");

        type(browser.findElement(By.id("f-website")), "https://www.uclg.org");
        browser.findElement(By.cssSelector("button[value=save]")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("?msg=saved"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).startsWith("Saved.");
        assertThat(browser.findElement(By.cssSelector(".side .status")).getText()).isEqualTo("Modified since published");
        screenshot("author-form.png");

        browser.findElement(By.cssSelector("button[formaction$='/publish']:not([name])")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("?msg=published"));
        assertThat(browser.findElement(By.cssSelector(".side .status")).getText()).isEqualTo("Published");
        // this publication's and the seed's first version
        assertThat(browser.findElements(By.cssSelector("ol.versions li"))).hasSize(2);

        Item published = content.read(Side.PUBLIC, "organization", "iula");
        assertThat(published.property("website")).hasValue("https://www.uclg.org");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> relationships = (List<Map<String, Object>>) published.properties().get("relationships");
        assertThat(relationships.get(entry)).containsEntry("role", ROLE).containsEntry("category", agreement);

        // and the public relations page shows it to anonymous visitors (a fresh, cookie-less request)
        String page = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base + "/relations.html")).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(page).contains(ROLE);
        browser.get(base + "/relations.html");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains(ROLE);
        screenshot("public-relations.png");
    }

    @Test
    void theParentComboboxSearchesAsTheEditorTypesAndIsUsedByKeyboard() throws Exception {
        browser.get(base + "/.author/login?next=/.author/items/organization/iula");
        type(browser.findElement(By.id("username")), "editor");
        type(browser.findElement(By.id("password")), TestSite.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit].primary")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/.author/items/organization/iula"));
        WebElement box = browser.findElement(By.id("f-parent"));
        assertThat(browser.findElement(By.cssSelector(".picker .pick-find")).isDisplayed()).isFalse();

        box.click();
        box.sendKeys("arab");
        wait.until(d -> d.findElements(By.cssSelector("#f-parent-listbox [role=option]")).size() >= 2);
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
        List<WebElement> options = browser.findElements(By.cssSelector("#f-parent-listbox [role=option]"));
        box.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_UP);
        assertThat(box.getAttribute("aria-activedescendant")).isEqualTo(options.get(0).getAttribute("id"));
        assertThat(options.get(0).getAttribute("aria-selected")).isEqualTo("true");
        screenshot("author-combobox.png");
        box.sendKeys(Keys.ESCAPE);
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(browser.findElement(By.id("f-parent-listbox")).isDisplayed()).isFalse();

        type(box, "league of arab");
        wait.until(d -> d.findElements(By.cssSelector("#f-parent-listbox [role=option]")).size() == 1
                && d.findElement(By.id("f-parent-listbox")).isDisplayed());
        box.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        String las = content.read("organization", "league-of-arab-states").id();
        assertThat(browser.findElement(By.cssSelector("input[name='p.parent']")).getAttribute("value")).isEqualTo(las);
        assertThat(browser.findElement(By.id("f-parent-current")).getText()).isEqualTo("Chosen: League of Arab States (LAS)");
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
        // Enter chose; it did not submit the form
        assertThat(browser.getCurrentUrl()).endsWith("/.author/items/organization/iula");
        assertThat(content.read("organization", "iula").property("parent")).isEmpty();

        browser.findElement(By.cssSelector("button[value=save]")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("?msg=saved"));
        assertThat(content.read("organization", "iula").property("parent")).hasValue(las);
        assertThat(browser.findElement(By.id("f-parent-current")).getText()).isEqualTo("Chosen: League of Arab States (LAS)");
    }

    /** The relationships row whose category is the cooperation-agreement category. */
    private int agreementEntry(String categoryId) {
        List<WebElement> rows = browser.findElements(By.cssSelector("details.row-fold"));
        for (int i = 0; i < rows.size(); i++) {
            Select category = new Select(browser.findElement(By.id("f-relationships-" + i + "-category")));
            if (category.getFirstSelectedOption().getAttribute("value").equals(categoryId)) {
                return i;
            }
        }
        throw new AssertionError("IULA has no agreement entry");
    }
}
