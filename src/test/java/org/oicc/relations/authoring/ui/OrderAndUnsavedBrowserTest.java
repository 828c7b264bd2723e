package org.oicc.relations.authoring.ui;

import org.oicc.relations.testing.Chromium;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.TestSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 11's editors' daily work in headless Chromium: the membership category reordered by drag and
 * drop and by keyboard, saved once and published once, in the new order on {@code /relations.html};
 * Publish with unsaved input saves it first and the public side has it; leaving with unsaved input
 * asks; a save refused for a conflict keeps the input and shows what the other editor changed.
 * Screenshots go to {@code target/screenshots/}.
 */
class OrderAndUnsavedBrowserTest {


    @TempDir
    Path data;
    private TestSite site;
    private String base;
    private Chromium chromium;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Files.isExecutable(Chromium.BINARY), Chromium.BINARY + " is not installed");
        site = TestSite.builder().combined().site().authorUi().start(data.resolve("data"));
        base = site.base();
        chromium = new Chromium(1280, 1800);
        browser = chromium.driver;
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        browser.get(base + "/.author/login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(TestSite.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit].primary")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
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

    @Test
    void theMembershipCategoryIsReorderedByDragAndByKeyboardSavedOncePublishedOnce() throws Exception {
        browser.findElement(By.linkText("Page order")).click();
        browser.findElement(By.linkText("Membership in International Organizations")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/.author/order/membership"));
        assertThat(rows()).containsExactly("congo", "iclei", "iula", "icomos", "iclei", "iula", "vea");

        // drag V.E.A's row by its handle above the first row
        List<WebElement> handles = browser.findElements(By.cssSelector(".order-row .drag-handle"));
        WebElement firstRow = browser.findElements(By.cssSelector(".order-row")).get(0);
        new Actions(browser).clickAndHold(handles.get(6)).moveToElement(firstRow, 0, -firstRow.getSize().height / 2 + 2)
                .pause(Duration.ofMillis(100)).release().perform();
        assertThat(rows()).containsExactly("vea", "congo", "iclei", "iula", "icomos", "iclei", "iula");
        assertThat(browser.findElement(By.id("order-live")).getText()).startsWith("Euro-Arab Cooperation Center").contains("place 1");

        // from the keyboard: Tab to ICOMOS' "Move up" and press Enter twice; focus stays on that button
        WebElement up = button("icomos", "up");
        browser.executeScript("arguments[0].focus()", up);
        up.sendKeys(Keys.ENTER);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(rows()).containsExactly("vea", "congo", "icomos", "iclei", "iula", "iclei", "iula");
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("data-move")).isEqualTo("up");
        assertThat(focused.getAttribute("aria-label")).startsWith("Move International Council on Monuments and Sites");
        assertThat(browser.findElement(By.id("order-live")).getText()).contains("place 3");
        assertThat(browser.findElement(By.cssSelector("[data-unsaved-note]")).isDisplayed()).isTrue();
        assertThat(leavingAsks()).isTrue();
        chromium.screenshot("author-order-moved.png");

        browser.findElement(By.cssSelector("button[value=save]")).click();
        wait.until(d -> d.getCurrentUrl().contains("msg=saved"));
        assertThat(rows()).containsExactly("vea", "congo", "icomos", "iclei", "iula", "iclei", "iula");
        assertThat(publicOrder()).as("saved, not yet public").containsExactly("congo", "iclei", "iula", "icomos", "iclei", "iula", "vea");

        browser.findElement(By.cssSelector("button[value=publish]")).click();
        wait.until(d -> d.getCurrentUrl().contains("msg=published"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).startsWith("Published the order");
        assertThat(browser.findElement(By.cssSelector(".order-publish")).getText()).contains("The public page shows this order.");
        assertThat(publicOrder()).containsExactly("vea", "congo", "icomos", "iclei", "iula", "iclei", "iula");
        chromium.screenshot("author-order-published.png");
        browser.get(base + "/relations.html#membership");
        chromium.screenshot("public-relations-reordered.png");
    }

    @Test
    void publishWithUnsavedInputSavesItFirstAndLeavingAsks() throws Exception {
        browser.get(base + "/.author/items/organization/iula");
        assertThat(leavingAsks()).as("nothing typed yet").isFalse();
        // relationship rows have no Move buttons: their page order is set on the page order screen
        assertThat(browser.findElements(By.cssSelector("button[value^='up:p.relationships:']"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("button[value^='remove:p.relationships:']"))).hasSize(3);
        browser.findElement(By.cssSelector("label[for=tab-fr]")).click();
        WebElement fr = browser.findElement(By.id("f-name_fr"));
        fr.clear();
        fr.sendKeys("Union internationale des autorités locales");
        assertThat(browser.findElement(By.cssSelector("[data-unsaved-note]")).isDisplayed()).isTrue();
        assertThat(leavingAsks()).isTrue();
        chromium.screenshot("author-unsaved-before-publish.png");

        browser.findElement(By.cssSelector("button[formaction$='/publish']:not([name])")).click();
        wait.until(d -> d.getCurrentUrl().contains("msg=published"));
        assertThat(site.content.read(Side.PUBLIC, "organization", "iula").property("name_fr"))
                .hasValue("Union internationale des autorités locales");
        assertThat(site.content.read("organization", "iula").property("name_fr")).hasValue("Union internationale des autorités locales");
        assertThat(leavingAsks()).as("saved and published").isFalse();
        chromium.screenshot("author-published-with-unsaved-input.png");
    }

    @Test
    void aConflictKeepsTheInputAndShowsWhatTheOtherEditorChanged() throws Exception {
        browser.get(base + "/.author/items/organization/iula");
        site.content.update("organization", "iula", ItemInput.of(Map.of("acronym", "IULA-2", "website", "https://iula.example.org")),
                "publisher");
        WebElement acronym = browser.findElement(By.id("f-acronym"));
        acronym.clear();
        acronym.sendKeys("UIVPL");
        browser.findElement(By.cssSelector("button[value=save]")).click();
        wait.until(d -> !d.findElements(By.cssSelector("table.changes")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).contains("publisher changed this item");
        List<String> changed = browser.findElements(By.cssSelector("table.changes tbody tr")).stream().map(WebElement::getText).toList();
        assertThat(changed).containsExactly("Acronym you changed it too IULA IULA-2 UIVPL", "Website https://iula.example.org");
        assertThat(browser.findElement(By.id("f-acronym")).getAttribute("value")).isEqualTo("UIVPL");
        assertThat(leavingAsks()).as("the kept input is not saved").isTrue();
        chromium.screenshot("author-conflict-changes.png");

        // Save again: the editor has seen their change, so this save replaces it knowingly
        browser.findElement(By.cssSelector("button[value=save]")).click();
        wait.until(d -> d.getCurrentUrl().contains("msg=saved"));
        assertThat(site.content.read("organization", "iula").property("acronym")).hasValue("UIVPL");
        // the whole form is what is saved: their website, which the table showed, is not in it
        assertThat(site.content.read("organization", "iula").property("website")).isEmpty();
    }

    /** Whether leaving the page now would ask: the beforeunload handler cancels the event. */
    private boolean leavingAsks() {
        return Boolean.TRUE.equals(browser.executeScript(
                "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;"));
    }

    private WebElement button(String item, String direction) {
        for (WebElement row : browser.findElements(By.cssSelector(".order-row"))) {
            if (row.findElement(By.cssSelector(".order-text a")).getAttribute("href").endsWith("/" + item)) {
                return row.findElement(By.cssSelector("[data-move=" + direction + "]"));
            }
        }
        throw new AssertionError("no row of " + item);
    }

    /** The rows' organizations (node names), top to bottom. */
    private List<String> rows() {
        return browser.findElements(By.cssSelector(".order-row .order-text a")).stream()
                .map(a -> a.getAttribute("href").substring(a.getAttribute("href").lastIndexOf('/') + 1)).toList();
    }

    /** The membership list of the public /relations.html, as organization node names. */
    private List<String> publicOrder() throws Exception {
        Document page = site.page("/relations.html");
        return page.select("section#membership ol.entries li.entry a.organization").stream()
                .map(a -> a.attr("href").replaceAll(".*/([^/]+)\\.html$", "$1")).toList();
    }

}
