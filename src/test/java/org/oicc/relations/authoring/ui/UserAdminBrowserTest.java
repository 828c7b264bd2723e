package org.oicc.relations.authoring.ui;

import org.oicc.relations.testing.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.TestSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * In headless Chromium: an admin adds an editor on the users screen; the editor logs in, saves an
 * item, finds no Publish button, and a publish request sent anyway is refused. Screenshots go to
 * {@code target/screenshots/}. Skipped only where Chromium and its driver are not installed.
 */
class UserAdminBrowserTest {

    private static final String PASSWORD = "nadia edits daily";
    private static final String WEBSITE = "https://www.iula.example.org";

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

    private void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    private void logIn(String user, String password) {
        type(browser.findElement(By.id("username")), user);
        type(browser.findElement(By.id("password")), password);
        browser.findElement(By.cssSelector("button[type=submit].primary")).click();
    }

    @Test
    void anAdminAddsAnEditorWhoSavesButCannotPublish() throws Exception {
        String publishedWebsite = site.content.read(Side.PUBLIC, "organization", "iula").property("website").map(String::valueOf).orElse("");
        browser.get(site.base() + "/.author/users");
        wait.until(d -> d.getCurrentUrl().contains("/.author/login"));
        logIn("admin", TestSite.PASSWORD);
        wait.until(d -> d.getCurrentUrl().endsWith("/.author/users"));

        type(browser.findElement(By.id("u-name")), "nadia");
        assertThat(browser.findElement(By.cssSelector("#add-user input[name=roles][value=editor]")).isSelected()).isTrue();
        type(browser.findElement(By.id("u-password")), PASSWORD);
        type(browser.findElement(By.id("u-password2")), PASSWORD);
        browser.findElement(By.cssSelector("#add-user button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/.author/users?added=nadia"));
        assertThat(browser.findElement(By.cssSelector("tr[data-user=nadia]")).getText()).isEqualTo("nadia editor Enabled never");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Added user nadia.");
        chromium.screenshot("users-admin-added-editor.png");
        browser.findElement(By.cssSelector("form.logout button")).click();
        wait.until(d -> d.getCurrentUrl().contains("/.author/login"));

        browser.get(site.base() + "/.author/login?next=/.author/items/organization/iula");
        logIn("nadia", PASSWORD);
        wait.until(d -> d.getCurrentUrl().endsWith("/.author/items/organization/iula"));
        assertThat(browser.findElement(By.cssSelector(".who")).getText()).isEqualTo("nadia (editor)");
        assertThat(browser.findElements(By.cssSelector("header a[href='/.author/users']"))).isEmpty();
        type(browser.findElement(By.id("f-website")), WEBSITE);
        browser.findElement(By.cssSelector("button[value=save]")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("?msg=saved"));
        assertThat(site.content.read("organization", "iula").property("website")).hasValue(WEBSITE);
        assertThat(site.content.read("organization", "iula").lastModifiedBy()).isEqualTo("nadia");
        assertThat(browser.findElements(By.cssSelector("form[action$='/publish']"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector(".side .hint")).getText()).isEqualTo("Publishing needs the publisher role.");
        chromium.screenshot("users-editor-cannot-publish.png");

        // a publish request sent anyway, with the session's token, is refused
        Object status = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const token = document.querySelector('input[name=_csrf]').value;
                fetch('/.author/items/organization/iula/publish', {method: 'POST',
                    headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: '_csrf=' + encodeURIComponent(token)})
                  .then(r => done(r.status), e => done(String(e)));
                """);
        assertThat(status).isEqualTo(403L);
        assertThat(site.content.read(Side.PUBLIC, "organization", "iula").property("website").map(String::valueOf).orElse("")).isEqualTo(publishedWebsite);

        // the list names the last editor
        browser.get(site.base() + "/.author/items/organization?q=iula");
        assertThat(browser.findElement(By.cssSelector("table.items tbody tr")).getText()).contains("nadia");
    }
}
