package org.oicc.relations.authoring.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oicc.relations.testing.AuthoringBrowser;
import org.openqa.selenium.By;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.TestSite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium: an admin adds an editor on the users screen; the editor logs in, saves an
 * item, finds no Publish button, and a publish request sent anyway is refused. Screenshots go to
 * {@code target/screenshots/}. Skipped only where Chromium and its driver are not installed.
 */
class UserAdminBrowserTest {

    private static final String PASSWORD = "nadia edits daily";
    private static final String WEBSITE = "https://www.iula.example.org";

    @RegisterExtension
    final AuthoringBrowser ui = AuthoringBrowser.combined(1280, 1600);

    @Test
    void anAdminAddsAnEditorWhoSavesButCannotPublish() throws Exception {
        String publishedWebsite = ui.site.content.read(Side.PUBLIC, "organization", "iula").property("website").map(String::valueOf).orElse("");
        ui.browser.get(ui.site.base() + "/.author/users");
        ui.wait.until(d -> d.getCurrentUrl().contains("/.author/login"));
        ui.logIn("admin", TestSite.PASSWORD);
        ui.wait.until(d -> d.getCurrentUrl().endsWith("/.author/users"));

        AuthoringBrowser.type(ui.browser.findElement(By.id("u-name")), "nadia");
        assertThat(ui.browser.findElement(By.cssSelector("#add-user input[name=roles][value=editor]")).isSelected()).isTrue();
        AuthoringBrowser.type(ui.browser.findElement(By.id("u-password")), PASSWORD);
        AuthoringBrowser.type(ui.browser.findElement(By.id("u-password2")), PASSWORD);
        ui.browser.findElement(By.cssSelector("#add-user button[type=submit]")).click();
        ui.wait.until(d -> d.getCurrentUrl().endsWith("/.author/users?added=nadia"));
        assertThat(ui.browser.findElement(By.cssSelector("tr[data-user=nadia]")).getText()).isEqualTo("nadia editor Enabled never");
        assertThat(ui.browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Added user nadia.");
        ui.screenshot("users-admin-added-editor.png");
        ui.browser.findElement(By.cssSelector("form.logout button")).click();
        ui.wait.until(d -> d.getCurrentUrl().contains("/.author/login"));

        ui.browser.get(ui.site.base() + "/.author/login?next=/.author/items/organization/iula");
        ui.logIn("nadia", PASSWORD);
        ui.wait.until(d -> d.getCurrentUrl().endsWith("/.author/items/organization/iula"));
        // the address moves when the form's answer starts: wait for its header, not only for the URL (CI, busy machine)
        ui.wait.until(d -> !d.findElements(By.cssSelector(".who")).isEmpty());
        assertThat(ui.browser.findElement(By.cssSelector(".who")).getText()).isEqualTo("nadia (editor)");
        assertThat(ui.browser.findElements(By.cssSelector("header a[href='/.author/users']"))).isEmpty();
        AuthoringBrowser.type(ui.browser.findElement(By.id("f-website")), WEBSITE);
        ui.browser.findElement(By.cssSelector("button[value=save]")).click();
        ui.wait.until(d -> d.getCurrentUrl().endsWith("?msg=saved"));
        assertThat(ui.site.content.read("organization", "iula").property("website")).hasValue(WEBSITE);
        assertThat(ui.site.content.read("organization", "iula").lastModifiedBy()).isEqualTo("nadia");
        assertThat(ui.browser.findElements(By.cssSelector("form[action$='/publish']"))).isEmpty();
        assertThat(ui.browser.findElement(By.cssSelector(".side .hint")).getText()).isEqualTo("Publishing needs the publisher role.");
        ui.screenshot("users-editor-cannot-publish.png");

        // a publish request sent anyway, with the session's token, is refused
        Object status = ui.browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const token = document.querySelector('input[name=_csrf]').value;
                fetch('/.author/items/organization/iula/publish', {method: 'POST',
                    headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: '_csrf=' + encodeURIComponent(token)})
                  .then(r => done(r.status), e => done(String(e)));
                """);
        assertThat(status).isEqualTo(403L);
        assertThat(ui.site.content.read(Side.PUBLIC, "organization", "iula").property("website").map(String::valueOf).orElse("")).isEqualTo(publishedWebsite);

        // the list names the last editor
        ui.browser.get(ui.site.base() + "/.author/items/organization?q=iula");
        assertThat(ui.browser.findElement(By.cssSelector("table.items tbody tr")).getText()).contains("nadia");
    }
}
