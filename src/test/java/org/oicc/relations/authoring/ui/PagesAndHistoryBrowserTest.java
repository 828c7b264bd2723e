package org.oicc.relations.authoring.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.oicc.relations.content.NoSuchItemException;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.Chromium;
import org.oicc.relations.testing.TestSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * In headless Chromium: an editor changes the relations page's Arabic title and the aims'
 * introduction (in the rich-text editor) and publishes, and {@code /ar/relations.html} shows both;
 * Unpublish asks in a dialog naming the public item that refers to the organization; a version
 * compared with the draft shows the changed field. Screenshots under {@code target/screenshots/}.
 */
class PagesAndHistoryBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

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
        Files.createDirectories(SHOTS);
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

    private void login(String next) {
        browser.get(site.base() + "/.author/login?next=" + next);
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(TestSite.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit].primary")).click();
        wait.until(d -> d.getCurrentUrl().endsWith(next));
    }

    private List<String> consoleProblems() {
        return chromium.consoleMessages().stream().filter(m -> !m.contains("/favicon.ico")).toList();
    }

    @Test
    void theArabicTitleAndTheAimsIntroductionAreEditedPublishedAndShown() throws Exception {
        login("/.author/pages/relations");
        WebElement title = browser.findElement(By.id("pf-title_ar"));
        assertThat(title.getAttribute("dir")).isEqualTo("rtl");
        title.clear();
        title.sendKeys("العلاقات الدولية للمنظمة");

        WebElement intro = wait.until(d -> d.findElement(By.cssSelector("#pf-main-05-intro-editor .ql-editor")));
        intro.click();
        intro.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        intro.sendKeys("The agreements signed by the Organization aim to:");
        browser.findElement(By.id("pub-note")).sendKeys("Arabic title and aims introduction");
        chromium.saveFullPage(SHOTS.resolve("pages-edit-relations.png"));

        browser.findElement(By.cssSelector("button[formaction$='/_publish']")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("?msg=published"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).startsWith("Published:");

        browser.get(site.base() + "/ar/relations.html");
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("العلاقات الدولية للمنظمة");
        browser.get(site.base() + "/relations.html");
        assertThat(browser.findElement(By.cssSelector("section.aims .intro")).getText())
                .isEqualTo("The agreements signed by the Organization aim to:");
        chromium.saveFullPage(SHOTS.resolve("pages-public-relations.png"));
        browser.get(site.base() + "/ar/relations.html");
        chromium.saveFullPage(SHOTS.resolve("pages-public-relations-ar.png"));
        assertThat(consoleProblems()).isEmpty();
    }

    @Test
    void unpublishAsksInADialogNamingTheReferringItem() throws Exception {
        String league = "/.author/items/organization/league-of-arab-states";
        login(league);
        browser.findElement(By.cssSelector("form[action$='/unpublish'] button")).click();

        WebElement dialog = wait.until(d -> d.findElement(By.cssSelector("dialog.confirm-dialog[open]")));
        assertThat(dialog.findElement(By.cssSelector("h1")).getText()).isEqualTo("Unpublish Organization “League of Arab States”?");
        assertThat(dialog.findElements(By.cssSelector(".referrers li"))).extracting(WebElement::getText)
                .containsExactly("Organization “Arab League Educational, Cultural and Scientific Organization”");
        assertThat(browser.getCurrentUrl()).endsWith(league);
        chromium.saveFullPage(SHOTS.resolve("history-unpublish-confirm.png"));

        // Cancel closes the dialog and changes nothing
        dialog.findElement(By.cssSelector("a.cancel")).click();
        wait.until(d -> d.findElements(By.cssSelector("dialog.confirm-dialog")).isEmpty());
        assertThat(site.content.read(Side.PUBLIC, "organization", "league-of-arab-states").name()).isEqualTo("league-of-arab-states");

        browser.findElement(By.cssSelector("form[action$='/unpublish'] button")).click();
        wait.until(d -> d.findElement(By.cssSelector("dialog.confirm-dialog[open] button[name=_confirm]"))).click();
        wait.until(d -> d.getCurrentUrl().endsWith("?msg=unpublished"));
        assertThat(browser.findElement(By.cssSelector(".heading .status")).getText()).isEqualTo("Unpublished");
        assertThatThrownBy(() -> site.content.read(Side.PUBLIC, "organization", "league-of-arab-states"))
                .isInstanceOf(NoSuchItemException.class);
        assertThat(consoleProblems()).isEmpty();
    }

    @Test
    void aVersionComparedWithTheDraftShowsTheChangedField() throws Exception {
        String iula = "/.author/items/organization/iula";
        login(iula);
        WebElement acronym = browser.findElement(By.id("f-acronym"));
        acronym.clear();
        acronym.sendKeys("IULA-UCLG");
        browser.findElement(By.cssSelector("button[value=save]")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("?msg=saved"));

        browser.findElement(By.cssSelector("ol.versions li a[href$='/versions/1.0']")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/versions/1.0"));
        List<WebElement> rows = browser.findElements(By.cssSelector(".version-diff tbody tr"));
        assertThat(rows).extracting(WebElement::getText).containsExactly("Acronym IULA IULA-UCLG");
        assertThat(browser.findElements(By.cssSelector(".version-meta dd")).get(1).getText()).isEqualTo("bootstrap");
        chromium.saveFullPage(SHOTS.resolve("history-version-diff.png"));
        assertThat(consoleProblems()).isEmpty();
    }
}
