package org.oicc.relations.authoring.ui;

import org.oicc.relations.testing.Chromium;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.TestSite;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The rich-text editor in headless Chromium: an editor types two paragraphs with bold and a link
 * using the toolbar and its shortcuts, saves, publishes, and the public organization page has
 * exactly those two paragraphs. The Arabic field's editor is right to left. No console error (a CSP
 * violation would be one). Screenshots under {@code target/screenshots/}.
 */
class RichTextBrowserTest {


    @TempDir
    Path data;
    private TestSite site;
    private Chromium chromium;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Files.isExecutable(Chromium.BINARY), Chromium.BINARY + " is not installed");
        site = TestSite.builder().combined().site().authorUi().start(data.resolve("data"));
        chromium = new Chromium(1280, 1600);
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

    private List<String> consoleProblems() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .filter(e -> !e.getMessage().contains("/favicon.ico")) // the browser asks for one; the UI has none
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
    }

    @Test
    void twoTypedParagraphsWithBoldAndALinkReachThePublicPage() throws Exception {
        browser.get(site.base() + "/.author/login?next=/.author/items/organization/iula");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(TestSite.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit].primary")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/.author/items/organization/iula"));

        WebElement editor = wait.until(d -> d.findElement(By.cssSelector("#f-description-editor .ql-editor")));
        assertThat(browser.findElement(By.id("f-description")).isDisplayed()).as("the textarea is replaced").isFalse();
        assertThat(editor.getAttribute("role")).isEqualTo("textbox");
        assertThat(editor.getAttribute("aria-label")).isEqualTo("Description (English)");
        List<WebElement> buttons = browser.findElements(By.cssSelector("[role=toolbar][aria-controls=f-description-editor] button"));
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
        wait.until(d -> d.switchTo().alert()).sendKeys("www.uclg.org");
        browser.switchTo().alert().accept();
        editor.sendKeys(" in 2004.");
        assertThat(buttons.get(0).getAttribute("aria-pressed")).isEqualTo("false");
        chromium.screenshot("author-rich-text.png");

        String typed = "<p>IULA was founded in 1913 and is <strong>the oldest</strong> union of local governments.</p>"
                + "<p>It merged into <a href=\"https://www.uclg.org\">https://www.uclg.org</a> in 2004.</p>";
        assertThat(browser.findElement(By.id("f-description")).getAttribute("value")).isEqualTo(typed);
        browser.findElement(By.cssSelector("button[value=save]")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("?msg=saved"));
        assertThat(site.content.values("organization", "iula").get("description")).isEqualTo(typed);
        // the saved text comes back into the editor as it was typed
        assertThat(browser.findElements(By.cssSelector("#f-description-editor .ql-editor p"))).hasSize(2);
        assertThat(browser.findElement(By.cssSelector("#f-description-editor .ql-editor strong")).getText()).isEqualTo("the oldest");

        browser.findElement(By.cssSelector("button[formaction$='/publish']:not([name])")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("?msg=published"));
        assertThat(site.content.read(Side.PUBLIC, "organization", "iula").property("description")).hasValue(typed);

        String html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(site.base() + "/organizations/iula.html")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Element description = Jsoup.parse(html).selectFirst("div.description");
        assertThat(description).isNotNull();
        assertThat(description.select("p")).hasSize(2);
        assertThat(description.select("p").eachText()).containsExactly(
                "IULA was founded in 1913 and is the oldest union of local governments.",
                "It merged into https://www.uclg.org in 2004.");
        assertThat(description.select("strong").text()).isEqualTo("the oldest");
        assertThat(description.select("a[href]").eachAttr("href")).containsExactly("https://www.uclg.org");
        browser.get(site.base() + "/organizations/iula.html");
        assertThat(browser.findElements(By.cssSelector("div.description p"))).hasSize(2);
        chromium.screenshot("public-rich-text.png");
        assertThat(consoleProblems()).isEmpty();
    }

    @Test
    void theArabicEditorIsRightToLeftAndTheToolbarIsOneTabStop() throws Exception {
        browser.get(site.base() + "/.author/login?next=/.author/items/organization/iula");
        browser.findElement(By.id("username")).sendKeys("editor");
        browser.findElement(By.id("password")).sendKeys(TestSite.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit].primary")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/.author/items/organization/iula"));
        browser.findElement(By.cssSelector("label[for=tab-ar]")).click();

        WebElement editor = wait.until(d -> d.findElement(By.cssSelector("#f-description_ar-editor .ql-editor")));
        assertThat(browser.findElement(By.id("f-description_ar-editor")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(editor.getCssValue("direction")).isEqualTo("rtl");
        assertThat(editor.getCssValue("text-align")).isEqualTo("right");
        editor.click();
        editor.sendKeys("الفقرة الأولى", Keys.ENTER, "الفقرة الثانية");
        // Alt+F10 reaches the toolbar; in right-to-left the left arrow moves on to the next button
        editor.sendKeys(Keys.chord(Keys.ALT, Keys.F10));
        List<WebElement> buttons = browser.findElements(By.cssSelector("[role=toolbar][aria-controls=f-description_ar-editor] button"));
        assertThat(browser.switchTo().activeElement()).isEqualTo(buttons.get(0));
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_LEFT);
        assertThat(browser.switchTo().activeElement()).isEqualTo(buttons.get(1));
        chromium.screenshot("author-rich-text-arabic.png");

        assertThat(browser.findElement(By.id("f-description_ar")).getAttribute("value"))
                .isEqualTo("<p>الفقرة الأولى</p><p>الفقرة الثانية</p>");
        browser.findElement(By.cssSelector("button[value=save]")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("?msg=saved"));
        assertThat(site.content.values("organization", "iula").get("description_ar")).isEqualTo("<p>الفقرة الأولى</p><p>الفقرة الثانية</p>");
        assertThat(consoleProblems()).isEmpty();
    }
}
