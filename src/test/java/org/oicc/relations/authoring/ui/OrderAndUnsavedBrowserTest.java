package org.oicc.relations.authoring.ui;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oicc.relations.testing.AuthoringBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.repository.Side;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's editors' daily work in headless Chromium: the membership category reordered by drag and
 * drop and by keyboard, saved once and published once, in the new order on {@code /relations.html};
 * Publish with unsaved input saves it first and the public side has it; leaving with unsaved input
 * asks; a save refused for a conflict keeps the input and shows what the other editor changed.
 * Screenshots go to {@code target/screenshots/}.
 */
class OrderAndUnsavedBrowserTest {

    @RegisterExtension
    final AuthoringBrowser ui = AuthoringBrowser.combined(1280, 1800);

    @BeforeEach
    void logInAsAdmin() {
        ui.logInAsAdmin("/.author/");
    }

    @Test
    void theMembershipCategoryIsReorderedByDragAndByKeyboardSavedOncePublishedOnce() throws Exception {
        ui.browser.findElement(By.linkText("Page order")).click();
        ui.browser.findElement(By.linkText("Membership in International Organizations")).click();
        ui.wait.until(d -> d.getCurrentUrl().endsWith("/.author/order/membership"));
        assertThat(rows()).containsExactly("congo", "iclei", "iula", "icomos", "iclei", "iula", "vea");

        // drag V.E.A's row by its handle above the first row
        List<WebElement> handles = ui.browser.findElements(By.cssSelector(".order-row .drag-handle"));
        WebElement firstRow = ui.browser.findElements(By.cssSelector(".order-row")).get(0);
        new Actions(ui.browser).clickAndHold(handles.get(6)).moveToElement(firstRow, 0, -firstRow.getSize().height / 2 + 2)
                .pause(Duration.ofMillis(100)).release().perform();
        assertThat(rows()).containsExactly("vea", "congo", "iclei", "iula", "icomos", "iclei", "iula");
        assertThat(ui.browser.findElement(By.id("order-live")).getText()).startsWith("Euro-Arab Cooperation Center").contains("place 1");

        // from the keyboard: Tab to ICOMOS' "Move up" and press Enter twice; focus stays on that button
        WebElement up = button("icomos", "up");
        ui.browser.executeScript("arguments[0].focus()", up);
        up.sendKeys(Keys.ENTER);
        ui.browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(rows()).containsExactly("vea", "congo", "icomos", "iclei", "iula", "iclei", "iula");
        WebElement focused = ui.browser.switchTo().activeElement();
        assertThat(focused.getAttribute("data-move")).isEqualTo("up");
        assertThat(focused.getAttribute("aria-label")).startsWith("Move International Council on Monuments and Sites");
        assertThat(ui.browser.findElement(By.id("order-live")).getText()).contains("place 3");
        assertThat(ui.browser.findElement(By.cssSelector("[data-unsaved-note]")).isDisplayed()).isTrue();
        assertThat(leavingAsks()).isTrue();
        ui.screenshot("author-order-moved.png");

        ui.browser.findElement(By.cssSelector("button[value=save]")).click();
        ui.wait.until(d -> d.getCurrentUrl().contains("msg=saved"));
        assertThat(rows()).containsExactly("vea", "congo", "icomos", "iclei", "iula", "iclei", "iula");
        assertThat(publicOrder()).as("saved, not yet public").containsExactly("congo", "iclei", "iula", "icomos", "iclei", "iula", "vea");

        ui.browser.findElement(By.cssSelector("button[value=publish]")).click();
        ui.wait.until(d -> d.getCurrentUrl().contains("msg=published"));
        assertThat(ui.browser.findElement(By.cssSelector("[role=status]")).getText()).startsWith("Published the order");
        assertThat(ui.browser.findElement(By.cssSelector(".order-publish")).getText()).contains("The public page shows this order.");
        assertThat(publicOrder()).containsExactly("vea", "congo", "icomos", "iclei", "iula", "iclei", "iula");
        ui.screenshot("author-order-published.png");
        ui.browser.get(ui.base() + "/relations.html#membership");
        ui.screenshot("public-relations-reordered.png");
    }

    @Test
    void publishWithUnsavedInputSavesItFirstAndLeavingAsks() throws Exception {
        ui.browser.get(ui.base() + "/.author/items/organization/iula");
        assertThat(leavingAsks()).as("nothing typed yet").isFalse();
        // relationship rows have no Move buttons: their page order is set on the page order screen
        assertThat(ui.browser.findElements(By.cssSelector("button[value^='up:p.relationships:']"))).isEmpty();
        assertThat(ui.browser.findElements(By.cssSelector("button[value^='remove:p.relationships:']"))).hasSize(3);
        ui.browser.findElement(By.cssSelector("label[for=tab-fr]")).click();
        WebElement fr = ui.browser.findElement(By.id("f-name_fr"));
        fr.clear();
        fr.sendKeys("Union internationale des autorités locales");
        assertThat(ui.browser.findElement(By.cssSelector("[data-unsaved-note]")).isDisplayed()).isTrue();
        assertThat(leavingAsks()).isTrue();
        ui.screenshot("author-unsaved-before-publish.png");

        ui.browser.findElement(By.cssSelector("button[formaction$='/publish']:not([name])")).click();
        ui.wait.until(d -> d.getCurrentUrl().contains("msg=published"));
        assertThat(ui.site.content.read(Side.PUBLIC, "organization", "iula").property("name_fr"))
                .hasValue("Union internationale des autorités locales");
        assertThat(ui.site.content.read("organization", "iula").property("name_fr")).hasValue("Union internationale des autorités locales");
        assertThat(leavingAsks()).as("saved and published").isFalse();
        ui.screenshot("author-published-with-unsaved-input.png");
    }

    @Test
    void aConflictKeepsTheInputAndShowsWhatTheOtherEditorChanged() throws Exception {
        ui.browser.get(ui.base() + "/.author/items/organization/iula");
        ui.site.content.update("organization", "iula", ItemInput.of(Map.of("acronym", "IULA-2", "website", "https://iula.example.org")),
                "publisher");
        WebElement acronym = ui.browser.findElement(By.id("f-acronym"));
        acronym.clear();
        acronym.sendKeys("UIVPL");
        ui.browser.findElement(By.cssSelector("button[value=save]")).click();
        ui.wait.until(d -> !d.findElements(By.cssSelector("table.changes")).isEmpty());
        assertThat(ui.browser.findElement(By.cssSelector("[role=alert]")).getText()).contains("publisher changed this item");
        List<String> changed = ui.browser.findElements(By.cssSelector("table.changes tbody tr")).stream().map(WebElement::getText).toList();
        assertThat(changed).containsExactly("acronym you changed it too IULA IULA-2 UIVPL", "website https://iula.example.org");
        assertThat(ui.browser.findElement(By.id("f-acronym")).getAttribute("value")).isEqualTo("UIVPL");
        assertThat(leavingAsks()).as("the kept input is not saved").isTrue();
        ui.screenshot("author-conflict-changes.png");

        // Save again: the editor has seen their change, so this save replaces it knowingly
        ui.browser.findElement(By.cssSelector("button[value=save]")).click();
        ui.wait.until(d -> d.getCurrentUrl().contains("msg=saved"));
        assertThat(ui.site.content.read("organization", "iula").property("acronym")).hasValue("UIVPL");
        // the whole form is what is saved: their website, which the table showed, is not in it
        assertThat(ui.site.content.read("organization", "iula").property("website")).isEmpty();
    }

    @Test
    void switchingLanguageTabsIsNotAnUnsavedChangeButTypingIs() {
        ui.browser.get(ui.base() + "/.author/items/organization/iula");
        ui.browser.findElement(By.cssSelector("label[for=tab-ar]")).click();
        ui.browser.findElement(By.cssSelector("label[for=tab-fr]")).click();
        ui.browser.findElement(By.cssSelector("label[for=tab-en]")).click();
        assertThat(ui.browser.findElement(By.cssSelector("[data-unsaved-note]")).isDisplayed()).isFalse();
        assertThat(leavingAsks()).as("only tabs were clicked").isFalse();

        ui.browser.findElement(By.id("f-acronym")).sendKeys("X");
        assertThat(ui.browser.findElement(By.cssSelector("[data-unsaved-note]")).isDisplayed()).isTrue();
        assertThat(leavingAsks()).as("a typed letter").isTrue();
    }

    /** Whether leaving the page now would ask: the beforeunload handler cancels the event. */
    private boolean leavingAsks() {
        return Boolean.TRUE.equals(ui.browser.executeScript(
                "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;"));
    }

    private WebElement button(String item, String direction) {
        for (WebElement row : ui.browser.findElements(By.cssSelector(".order-row"))) {
            if (row.findElement(By.cssSelector(".order-text a")).getAttribute("href").endsWith("/" + item)) {
                return row.findElement(By.cssSelector("[data-move=" + direction + "]"));
            }
        }
        throw new AssertionError("no row of " + item);
    }

    /** The rows' organizations (node names), top to bottom. */
    private List<String> rows() {
        return ui.browser.findElements(By.cssSelector(".order-row .order-text a")).stream()
                .map(a -> a.getAttribute("href").substring(a.getAttribute("href").lastIndexOf('/') + 1)).toList();
    }

    /** The membership list of the public /relations.html, as organization node names. */
    private List<String> publicOrder() throws Exception {
        Document page = ui.site.page("/relations.html");
        return page.select("section#membership ol.entries li.entry a.organization").stream()
                .map(a -> a.attr("href").replaceAll(".*/([^/]+)\\.html$", "$1")).toList();
    }

}
