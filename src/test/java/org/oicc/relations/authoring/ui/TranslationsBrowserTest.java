package org.oicc.relations.authoring.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.Chromium;
import org.oicc.relations.testing.TestSite;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * In headless Chromium: a new organization gets its URL name from its acronym as it is typed and is
 * saved with an English name only; the "missing Arabic" filter then finds it beside the three seed
 * organizations that have no Arabic name (four in all); its Arabic field shows the English name
 * beside it, marked as not translated; relationship rows are folded under their category and role
 * and unfold on a click; two ticked rows are published with one button. Screenshots go to
 * {@code target/screenshots/}. Skipped only where Chromium is not installed.
 */
class TranslationsBrowserTest {


    @TempDir
    Path data;
    private TestSite site;
    private Chromium chromium;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Files.isExecutable(Chromium.BINARY), Chromium.BINARY + " is not installed");
        site = TestSite.builder().authorAndPublic().authorUi().start(data.resolve("data"));
        chromium = new Chromium(1280, 1400);
        browser = chromium.driver;
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (site != null) {
            site.close();
        }
    }

    private void logIn(String user) {
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(TestSite.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit].primary")).click();
    }

    private List<String> listed() {
        return browser.findElements(By.cssSelector("table.items tbody tr[data-item]")).stream()
                .map(r -> r.getAttribute("data-item")).toList();
    }

    @Test
    void translatingAndPublishingFromTheLists() throws Exception {
        browser.get(site.base() + "/.author/items/organization/_new");
        wait.until(d -> d.getCurrentUrl().contains("/.author/login"));
        logIn("admin");
        wait.until(d -> d.getCurrentUrl().endsWith("/.author/items/organization/_new"));

        // the URL name follows the acronym as it is typed
        browser.findElement(By.id("f-name")).sendKeys("United Cities and Local Governments");
        assertThat(browser.findElement(By.id("f-at-name")).getAttribute("value")).isEqualTo("united-cities-and-local-governments");
        browser.findElement(By.id("f-acronym")).sendKeys("U.C.L.G");
        assertThat(browser.findElement(By.id("f-at-name")).getAttribute("value")).isEqualTo("uclg");
        browser.findElement(By.cssSelector("button[value=save]")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/.author/items/organization/uclg?msg=created"));

        // the filter: the three seed organizations without an Arabic name, and the new one
        browser.get(site.base() + "/.author/items/organization");
        browser.findElement(By.cssSelector(".list-filter a[data-missing=ar]")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("?missing=ar"));
        assertThat(listed()).containsExactly("vea", "metropolis", "oisa", "uclg");
        assertThat(browser.findElement(By.id("count")).getText()).isEqualTo("1–4 of 4");
        assertThat(browser.findElement(By.cssSelector("tr[data-item=uclg] .tr[data-locale=ar]")).getText()).isEqualTo("Arabic: 1 missing translation");
        chromium.screenshot("translations-missing-arabic.png");

        // its Arabic field shows the English name beside it, read-only, and says it is missing
        browser.findElement(By.linkText("International Association of Metropolis")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/.author/items/organization/metropolis"));
        browser.findElement(By.cssSelector("label[for=tab-ar]")).click();
        WebElement arabic = browser.findElement(By.id("f-name_ar"));
        WebElement source = browser.findElement(By.id("f-name_ar-src"));
        assertThat(arabic.isDisplayed()).isTrue();
        assertThat(arabic.getAttribute("dir")).isEqualTo("rtl");
        assertThat(source.isDisplayed()).isTrue();
        assertThat(source.findElement(By.cssSelector(".source-text")).getText()).isEqualTo("International Association of Metropolis");
        assertThat(source.findElement(By.cssSelector(".source-text")).getAttribute("lang")).isEqualTo("en");
        assertThat(source.findElement(By.cssSelector("[data-missing]")).getText()).isEqualTo("Not translated yet");
        // beside, not below: the source's box starts to the right of the input's, on the same line
        assertThat(source.getRect().getX()).isGreaterThan(arabic.getRect().getX() + arabic.getRect().getWidth() - 1);
        assertThat(Math.abs(source.getRect().getY() - arabic.getRect().getY())).isLessThan(30);
        assertThat(browser.findElement(By.cssSelector("label[for=tab-ar] [data-missing-count]")).getText()).startsWith("1");
        chromium.screenshot("translations-arabic-beside-english.png");

        // relationship rows: folded, titled by category and role, unfolded by a click
        browser.get(site.base() + "/.author/items/organization/iula");
        List<WebElement> rows = browser.findElements(By.cssSelector("details.row-fold"));
        assertThat(rows).hasSize(3);
        assertThat(rows.stream().map(r -> r.findElement(By.cssSelector("summary .row-title")).getText()).toList()).containsExactly(
                "Membership in International Organizations — Member",
                "Membership in International Organizations — Member of the Executive Committee",
                "Friendship and Cooperation Agreements — Friendship and cooperation agreement");
        WebElement role = browser.findElement(By.id("f-relationships-2-role"));
        assertThat(role.isDisplayed()).isFalse();
        rows.get(2).findElement(By.tagName("summary")).click();
        wait.until(d -> role.isDisplayed());
        List<WebElement> aims = browser.findElements(By.cssSelector("#f-relationships-2-aims input[type=checkbox]"));
        assertThat(aims).hasSize(5).allMatch(WebElement::isSelected);
        chromium.screenshot("forms-relationship-rows-folded.png");

        // bulk publish: two modified organizations, ticked, one button
        site.content.update("organization", "atu", ItemInput.of(Map.of("website", "https://atu.example.org")), "editor");
        site.content.update("organization", "ato", ItemInput.of(Map.of("website", "https://ato.example.org")), "editor");
        browser.get(site.base() + "/.author/items/organization?q=towns");
        assertThat(listed()).containsExactly("atu", "ato", "uto");
        browser.findElement(By.id("sel-atu")).click();
        browser.findElement(By.id("sel-ato")).click();
        chromium.screenshot("forms-bulk-publish-ticked.png");
        browser.findElement(By.cssSelector("form#bulk button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/_publish"));
        assertThat(browser.findElement(By.id("bulk-summary")).getText()).isEqualTo("2 of 2 items published.");
        assertThat(browser.findElements(By.cssSelector("tr.done")).stream().map(r -> r.getAttribute("data-item")).toList())
                .containsExactly("atu", "ato");
        assertThat(site.content.read(Side.PUBLIC, "organization", "atu").property("website")).hasValue("https://atu.example.org");
        assertThat(site.content.read(Side.PUBLIC, "organization", "ato").property("website")).hasValue("https://ato.example.org");
        chromium.screenshot("forms-bulk-publish-results.png");
        // no script error on the way (the authoring UI has no favicon; the browser asks for one)
        assertThat(chromium.consoleMessages()).allMatch(m -> m.contains("/favicon.ico"));
    }
}
