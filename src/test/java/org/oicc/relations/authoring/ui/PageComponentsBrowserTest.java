package org.oicc.relations.authoring.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.oicc.relations.testing.AuthoringBrowser;
import org.oicc.relations.testing.Chromium;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium, as an editor uses the page's components: adds a text component to the
 * relations page's area (its dialog in the rich-text editor), moves it up by keyboard
 * (Alt+ArrowUp) and by its button, removes the opening text after the confirmation dialog,
 * publishes, and sees the new order on {@code /relations.html}. Screenshots under {@code target/screenshots/}.
 */
class PageComponentsBrowserTest {

    @RegisterExtension
    final AuthoringBrowser ui = AuthoringBrowser.combined(1280, 1600);

    private List<String> labels() {
        return ui.browser.findElements(By.cssSelector("#area-main .structure-label")).stream().map(WebElement::getText).toList();
    }

    @Test
    void aComponentIsAddedMovedAnotherRemovedAndThePublicPageShowsTheNewOrder() throws Exception {
        ChromeDriver browser = ui.browser;
        WebDriverWait wait = ui.wait;
        ui.logInAsAdmin("/.author/pages/relations");
        wait.until(d -> d.getCurrentUrl().endsWith("/.author/pages/relations"));

        new Select(browser.findElement(By.id("add-main"))).selectByVisibleText("Text");
        browser.findElement(By.cssSelector("form.add-component button[type=submit]")).click();
        WebElement text = wait.until(d -> d.findElement(By.cssSelector("#pf-text-editor .ql-editor")));
        text.click();
        text.sendKeys("A closing word from the Secretary-General.");
        ui.screenshot("pages-component-add.png");
        browser.findElement(By.cssSelector("form#edit button.primary")).click();
        wait.until(d -> d.getCurrentUrl().contains("msg=added"));
        assertThat(labels()).endsWith("Agreement aims (main/05)", "Text (main/06)");

        // the new component's Move up has the focus: Alt+ArrowUp moves it, and the focus stays with it
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("data-move")).isEqualTo("up");
        assertThat(focused.findElement(By.xpath("ancestor::li")).getAttribute("data-component")).isEqualTo("main/06");
        focused.sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_UP));
        wait.until(d -> d.getCurrentUrl().contains("msg=moved"));
        assertThat(labels()).endsWith("Text (main/06)", "Agreement aims (main/05)");
        assertThat(browser.switchTo().activeElement().findElement(By.xpath("ancestor::li")).getAttribute("data-component"))
                .isEqualTo("main/06");
        browser.findElement(By.cssSelector("#comp-main-06 button[data-move=up]")).click();
        wait.until(d -> labels().indexOf("Text (main/06)") == 4);

        // removing asks in a dialog first
        browser.findElement(By.cssSelector("#comp-main-00 button[data-remove]")).click();
        WebElement dialog = wait.until(d -> d.findElement(By.cssSelector("dialog.confirm-dialog[open]")));
        assertThat(dialog.findElement(By.tagName("h1")).getText())
                .isEqualTo("Remove Text (main/00) from the page “Regional and International relations”?");
        ui.screenshot("pages-component-remove-confirm.png");
        dialog.findElement(By.cssSelector("button[name=_confirm]")).click();
        wait.until(d -> d.getCurrentUrl().contains("msg=removed"));
        assertThat(labels()).containsExactly("Relationship category (main/01)", "Relationship category (main/02)",
                "Relationship category (main/03)", "Text (main/06)", "Relationship category (main/04)", "Agreement aims (main/05)");
        ui.chromium.saveFullPage(Chromium.SCREENSHOTS.resolve("pages-components-moved.png"));

        // the public page waits for Publish, then shows the new order
        assertThat(ui.site.page("/relations.html").text()).contains("The Organization has long sought").doesNotContain("A closing word");
        browser.findElement(By.cssSelector("button[formaction$='/_publish']")).click();
        wait.until(d -> d.getCurrentUrl().contains("msg=published"));

        browser.get(ui.base() + "/relations.html");
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).doesNotContain("The Organization has long sought");
        int observer = page.indexOf("Observer Membership");
        int word = page.indexOf("A closing word from the Secretary-General.");
        int agreements = page.indexOf("Friendship and Cooperation Agreements");
        assertThat(observer).isNotNegative();
        assertThat(word).isGreaterThan(observer).isLessThan(agreements);
        ui.chromium.saveFullPage(Chromium.SCREENSHOTS.resolve("pages-components-public.png"));
        assertThat(ui.consoleProblems()).isEmpty();
    }
}
