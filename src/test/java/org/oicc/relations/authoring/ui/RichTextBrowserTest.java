package org.oicc.relations.authoring.ui;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oicc.relations.testing.AuthoringBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.TestSite;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rich-text editor in headless Chromium: an editor types two paragraphs with bold and a link
 * using the toolbar and its shortcuts, saves, publishes, and the public organization page has
 * exactly those two paragraphs. The Arabic field's editor is right to left. No console error (a CSP
 * violation would be one). Screenshots under {@code target/screenshots/}.
 */
class RichTextBrowserTest {

    @RegisterExtension
    final AuthoringBrowser ui = AuthoringBrowser.combined(1280, 1600);

    @Test
    void twoTypedParagraphsWithBoldAndALinkReachThePublicPage() throws Exception {
        ui.browser.get(ui.site.base() + "/.author/login?next=/.author/items/organization/iula");
        ui.logIn("admin", TestSite.PASSWORD);
        ui.wait.until(d -> d.getCurrentUrl().endsWith("/.author/items/organization/iula"));

        WebElement editor = ui.wait.until(d -> d.findElement(By.cssSelector("#f-description-editor .ql-editor")));
        assertThat(ui.browser.findElement(By.id("f-description")).isDisplayed()).as("the textarea is replaced").isFalse();
        assertThat(editor.getAttribute("role")).isEqualTo("textbox");
        assertThat(editor.getAttribute("aria-label")).isEqualTo("Description (English)");
        List<WebElement> buttons = ui.browser.findElements(By.cssSelector("[role=toolbar][aria-controls=f-description-editor] button"));
        assertThat(buttons).extracting(b -> b.getAttribute("aria-label"))
                .containsExactly("Bold", "Italic", "Link", "Bulleted list", "Numbered list");
        assertThat(buttons).extracting(b -> b.getAttribute("tabindex")).containsExactly("0", "-1", "-1", "-1", "-1");

        editor.click();
        editor.sendKeys("IULA was founded in 1913 and is ");
        editor.sendKeys(Keys.chord(Keys.CONTROL, "b"));
        editor.sendKeys("the oldest");
        editor.sendKeys(Keys.chord(Keys.CONTROL, "b"));
        editor.sendKeys(" union of local governments.", Keys.ENTER);
        editor.sendKeys("It merged into ");
        buttons.get(2).click(); // Link, with nothing selected: asks for the address and inserts it
        ui.wait.until(d -> d.switchTo().alert()).sendKeys("www.uclg.org");
        ui.browser.switchTo().alert().accept();
        editor.sendKeys(" in 2004.");
        assertThat(buttons.get(0).getAttribute("aria-pressed")).isEqualTo("false");
        ui.screenshot("author-rich-text.png");

        String typed = "<p>IULA was founded in 1913 and is <strong>the oldest</strong> union of local governments.</p>"
                + "<p>It merged into <a href=\"https://www.uclg.org\">https://www.uclg.org</a> in 2004.</p>";
        assertThat(ui.browser.findElement(By.id("f-description")).getAttribute("value")).isEqualTo(typed);
        ui.browser.findElement(By.cssSelector("button[value=save]")).click();
        ui.wait.until(d -> d.getCurrentUrl().endsWith("?msg=saved"));
        assertThat(ui.site.content.values("organization", "iula").get("description")).isEqualTo(typed);
        // the saved text comes back into the editor as it was typed
        assertThat(ui.browser.findElements(By.cssSelector("#f-description-editor .ql-editor p"))).hasSize(2);
        assertThat(ui.browser.findElement(By.cssSelector("#f-description-editor .ql-editor strong")).getText()).isEqualTo("the oldest");

        ui.browser.findElement(By.cssSelector("button[formaction$='/publish']:not([name])")).click();
        ui.wait.until(d -> d.getCurrentUrl().endsWith("?msg=published"));
        assertThat(ui.site.content.read(Side.PUBLIC, "organization", "iula").property("description")).hasValue(typed);

        String html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ui.site.base() + "/organizations/iula.html")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Element description = Jsoup.parse(html).selectFirst("div.description");
        assertThat(description).isNotNull();
        assertThat(description.select("p")).hasSize(2);
        assertThat(description.select("p").eachText()).containsExactly(
                "IULA was founded in 1913 and is the oldest union of local governments.",
                "It merged into https://www.uclg.org in 2004.");
        assertThat(description.select("strong").text()).isEqualTo("the oldest");
        assertThat(description.select("a[href]").eachAttr("href")).containsExactly("https://www.uclg.org");
        ui.browser.get(ui.site.base() + "/organizations/iula.html");
        assertThat(ui.browser.findElements(By.cssSelector("div.description p"))).hasSize(2);
        ui.screenshot("public-rich-text.png");
        assertThat(ui.consoleProblems()).isEmpty();
    }

    @Test
    void theArabicEditorIsRightToLeftAndTheToolbarIsOneTabStop() throws Exception {
        ui.browser.get(ui.site.base() + "/.author/login?next=/.author/items/organization/iula");
        ui.logIn("editor", TestSite.PASSWORD);
        ui.wait.until(d -> d.getCurrentUrl().endsWith("/.author/items/organization/iula"));
        ui.browser.findElement(By.cssSelector("label[for=tab-ar]")).click();

        WebElement editor = ui.wait.until(d -> d.findElement(By.cssSelector("#f-description_ar-editor .ql-editor")));
        assertThat(ui.browser.findElement(By.id("f-description_ar-editor")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(editor.getCssValue("direction")).isEqualTo("rtl");
        assertThat(editor.getCssValue("text-align")).isEqualTo("right");
        editor.click();
        editor.sendKeys("الفقرة الأولى", Keys.ENTER, "الفقرة الثانية");
        // Alt+F10 reaches the toolbar; in right-to-left the left arrow moves on to the next button
        editor.sendKeys(Keys.chord(Keys.ALT, Keys.F10));
        List<WebElement> buttons = ui.browser.findElements(By.cssSelector("[role=toolbar][aria-controls=f-description_ar-editor] button"));
        assertThat(ui.browser.switchTo().activeElement()).isEqualTo(buttons.get(0));
        ui.browser.switchTo().activeElement().sendKeys(Keys.ARROW_LEFT);
        assertThat(ui.browser.switchTo().activeElement()).isEqualTo(buttons.get(1));
        ui.screenshot("author-rich-text-arabic.png");

        assertThat(ui.browser.findElement(By.id("f-description_ar")).getAttribute("value"))
                .isEqualTo("<p>الفقرة الأولى</p><p>الفقرة الثانية</p>");
        ui.browser.findElement(By.cssSelector("button[value=save]")).click();
        ui.wait.until(d -> d.getCurrentUrl().endsWith("?msg=saved"));
        assertThat(ui.site.content.values("organization", "iula").get("description_ar")).isEqualTo("<p>الفقرة الأولى</p><p>الفقرة الثانية</p>");
        assertThat(ui.consoleProblems()).isEmpty();
    }
}
