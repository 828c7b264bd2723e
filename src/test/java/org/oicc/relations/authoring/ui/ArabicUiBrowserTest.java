package org.oicc.relations.authoring.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.testing.Chromium;
import org.oicc.relations.testing.TestSite;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * In headless Chromium: an editor switches the authoring UI to Arabic on the login page and walks
 * every screen (login, each list, item forms new and stored, a refused save, a publication, page
 * order, users, one user, account, an error page). On each: {@code <html lang=ar dir=rtl>}, the
 * layout really right to left, and no text node or accessible name (aria-label, title, placeholder)
 * that is an English UI text: every English bundle value, with its {@code {0}} arguments as
 * wildcards, is looked for. Content is exempt by being content: it never equals a UI text, or it
 * is marked as such: English content with {@code lang="en"}, names (users) with {@code translate="no"}. The choice is kept with the user: a
 * browser without the cookie gets Arabic after login. Screenshots in {@code target/screenshots/}.
 */
class ArabicUiBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    /** Every text node and accessible name of the page, with where it is; content in another language is skipped. */
    private static final String TEXTS = """
            const out = [];
            const foreign = el => { const l = el.closest('[lang]'); return (l && !l.lang.startsWith('ar')) || el.closest('[translate=no]'); };
            const where = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
            const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const el = n.parentElement;
              if (!el || ['SCRIPT', 'STYLE', 'TEXTAREA', 'CODE'].includes(el.tagName) || foreign(el)) continue;
              const t = n.textContent.replace(/\\s+/g, ' ').trim();
              if (t) out.push([t, where(el)]);
            }
            document.querySelectorAll('[aria-label],[title],[placeholder]').forEach(el => {
              if (foreign(el)) return;
              ['aria-label', 'title', 'placeholder'].forEach(a => { if (el.hasAttribute(a) && el.getAttribute(a).trim()) out.push([el.getAttribute(a).trim(), where(el) + '@' + a]); });
            });
            return out;
            """;

    @TempDir
    Path data;
    private TestSite site;
    private Chromium chromium;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private List<Pattern> english;
    private final List<String> walked = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Files.isExecutable(Chromium.BINARY), Chromium.BINARY + " is not installed");
        site = TestSite.builder().combined().site().authorUi().start(data.resolve("data"));
        chromium = new Chromium(1280, 1400);
        browser = chromium.driver;
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        Files.createDirectories(SHOTS);
        english = englishTexts();
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

    /**
     * The English bundle's values as whole-text patterns, arguments as wildcards; values that say
     * too little in English to tell from content (fewer than three letters besides the arguments, as
     * in "{0} of {0}"), or the same in the Arabic bundle (the language names, each written in
     * itself), are left out.
     */
    private static List<Pattern> englishTexts() {
        Map<String, Map<String, String>> bundles = UiMessages.readAll();
        Map<String, String> ar = bundles.get("ar");
        List<Pattern> out = new ArrayList<>();
        bundles.get("en").forEach((key, value) -> {
            // "{0} of {0}" would match any content with "of" in it: too little English to tell
            String words = value.replaceAll("\\{\\d}", "").replaceAll("[^\\p{L}]", "");
            if (words.length() < 3 || value.equals(ar.get(key))) {
                return;
            }
            StringBuilder regex = new StringBuilder();
            for (String part : value.strip().split("\\{\\d}", -1)) {
                if (!regex.isEmpty()) {
                    regex.append(".+?");
                }
                regex.append(Pattern.quote(part.strip()));
            }
            out.add(Pattern.compile("\\s*" + regex + "\\s*"));
        });
        return out;
    }

    /** The page is Arabic and right to left, nothing English is left in it; then a screenshot. */
    @SuppressWarnings("unchecked")
    private void checkArabic(String screen) throws Exception {
        walked.add(screen);
        WebElement html = browser.findElement(By.tagName("html"));
        assertThat(html.getAttribute("lang")).as(screen).isEqualTo("ar");
        assertThat(html.getAttribute("dir")).as(screen).isEqualTo("rtl");
        assertThat(browser.executeScript("return getComputedStyle(document.querySelector('main')).direction")).as(screen).isEqualTo("rtl");
        // right to left for real: the brand starts the header at the right edge
        Map<String, Object> brand = (Map<String, Object>) browser.executeScript(
                "const r = document.querySelector('.brand').getBoundingClientRect(); return {left: r.left, right: r.right, width: innerWidth};");
        assertThat(((Number) brand.get("right")).doubleValue()).as(screen + ": the brand sits at the right")
                .isGreaterThan(((Number) brand.get("width")).doubleValue() * 0.6);
        List<List<String>> texts = (List<List<String>>) browser.executeScript(TEXTS);
        Set<String> left = new LinkedHashSet<>();
        for (List<String> t : texts) {
            for (Pattern p : english) {
                if (p.matcher(t.get(0)).matches()) {
                    left.add("\"" + t.get(0) + "\" in " + t.get(1));
                }
            }
        }
        chromium.saveFullPage(SHOTS.resolve("arabic-ui-" + screen + ".png"));
        assertThat(left).as(screen + ": English UI texts left").isEmpty();
    }

    private void go(String path) {
        browser.get(site.base() + path);
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static final Pattern ARABIC_DIGITS = Pattern.compile("[٠-٩]");

    @Test
    void theWholeUiInArabicIsRightToLeftWithNoEnglishWordLeft() throws Exception {
        go("/.author/login");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("ltr");
        browser.findElement(By.cssSelector("form.language button[value=ar]")).click();
        wait.until(d -> "ar".equals(pageLanguage()));
        checkArabic("login");
        type("username", "admin");
        type("password", "wrong password");
        browser.findElement(By.cssSelector("button.primary")).click();
        wait.until(d -> !d.findElements(By.cssSelector(".alert.error")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".alert.error")).getText()).isEqualTo("اسم المستخدم أو كلمة المرور غير صحيحة.");
        checkArabic("login-refused");
        type("username", "admin");
        type("password", TestSite.PASSWORD);
        browser.findElement(By.cssSelector("button.primary")).click();
        wait.until(d -> d.getCurrentUrl().contains("/.author/items/"));

        // every list in the navigation, and the first item of each
        List<String> lists = browser.findElements(By.cssSelector("header nav a[href^='/.author/items/']")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertThat(lists).isNotEmpty();
        for (String list : lists) {
            browser.get(list);
            String type = list.substring(list.lastIndexOf('/') + 1);
            checkArabic("list-" + type);
            assertThat(browser.findElement(By.id("count")).getText()).as("the count in Arabic digits").containsPattern(ARABIC_DIGITS);
            List<WebElement> first = browser.findElements(By.cssSelector("table.items tbody td:first-child a"));
            if (!first.isEmpty()) {
                first.get(0).click();
                wait.until(d -> d.findElements(By.cssSelector("form#edit")).size() == 1);
                checkArabic("item-" + type);
            }
        }
        go("/.author/items/organization?q=zzzz-nothing&page=1");
        checkArabic("list-nothing-found");
        // the scripts' counts take Arabic's plural forms too (Intl.PluralRules), with Arabic digits
        assertThat(browser.executeScript("return [1, 2, 3, 11, 100].map(function (n) { return window.uiText('js.pick.found', 1, n); })"))
                .isEqualTo(List.of(
                        "١ من نتيجة واحدة؛ استعمل مفاتيح الأسهم للتنقل وEnter للاختيار.",
                        "١ من نتيجتين؛ استعمل مفاتيح الأسهم للتنقل وEnter للاختيار.",
                        "١ من ٣ نتائج؛ استعمل مفاتيح الأسهم للتنقل وEnter للاختيار.",
                        "١ من ١١ نتيجة؛ استعمل مفاتيح الأسهم للتنقل وEnter للاختيار.",
                        "١ من ١٠٠ نتيجة؛ استعمل مفاتيح الأسهم للتنقل وEnter للاختيار."));

        // a new item refused: the problems are worded in Arabic too
        go("/.author/items/organization/_new");
        checkArabic("item-new");
        browser.findElement(By.cssSelector("button[value=save]")).click();
        wait.until(d -> !d.findElements(By.cssSelector(".alert.error")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".alert.error p")).getText()).startsWith("لم يُحفظ:");
        checkArabic("item-refused");

        // a publication, from the form
        go("/.author/items/organization/iula");
        browser.findElement(By.cssSelector("button[formaction$='/publish']")).click();
        wait.until(d -> d.getCurrentUrl().contains("msg=published"));
        assertThat(browser.findElement(By.cssSelector(".alert.ok")).getText()).startsWith("نُشر");
        assertThat(browser.findElement(By.cssSelector("ol.versions li")).getText()).containsPattern(ARABIC_DIGITS);
        checkArabic("item-published");

        go("/.author/order");
        checkArabic("order-categories");
        browser.findElement(By.cssSelector(".order-categories a")).click();
        wait.until(d -> !d.findElements(By.cssSelector("ol.order-list")).isEmpty());
        checkArabic("order-category");

        // pages and publication history (pageshist)
        go("/.author/pages");
        checkArabic("pages");
        go("/.author/pages/relations");
        checkArabic("page-form");
        go("/.author/items/organization/iula/versions/1.0");
        checkArabic("version-diff");
        // a page's components and its restore (pagecomp)
        go("/.author/pages/relations/_add?area=main&template=oicc-relations%3Acomponents%2Ftext");
        checkArabic("page-add-component");
        go("/.author/pages/relations");
        browser.findElement(By.cssSelector("#comp-main-00 button[data-remove]")).click();
        wait.until(d -> !d.findElements(By.cssSelector("dialog.confirm-dialog[open]")).isEmpty());
        checkArabic("page-remove-confirm");
        go("/.author/pages/relations/_versions/1.0");
        checkArabic("page-version");
        browser.findElement(By.cssSelector("form[action$='/_restore'] button[type=submit]")).click();
        wait.until(d -> !d.findElements(By.cssSelector("dialog.confirm-dialog[open]")).isEmpty());
        checkArabic("page-restore-confirm");
        go("/.author/items/organization/league-of-arab-states");
        browser.findElement(By.cssSelector("form[action$='/unpublish'] button")).click();
        wait.until(d -> !d.findElements(By.cssSelector("dialog.confirm-dialog[open]")).isEmpty());
        checkArabic("unpublish-confirm");

        go("/.author/users");
        checkArabic("users");
        assertThat(browser.findElement(By.cssSelector("tr[data-user=admin] .when")).getText()).containsPattern(ARABIC_DIGITS);
        type("u-name", "nadia");
        type("u-password", "nadia edits daily");
        type("u-password2", "nadia edits weekly");
        browser.findElement(By.cssSelector("#add-user button[type=submit]")).click();
        wait.until(d -> !d.findElements(By.cssSelector(".alert.error")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".alert.error")).getText())
                .isEqualTo("لم يُضف: كلمتا المرور مختلفتان؛ لم يتغير شيء");
        checkArabic("users-refused");
        go("/.author/users/admin");
        checkArabic("user");
        go("/.author/account");
        checkArabic("account");
        // the Assets screen: the empty list, an upload, the asset's page, the delete question
        go("/.author/assets");
        checkArabic("assets-empty");
        Path logo = data.resolve("shiaar.png");
        java.awt.image.BufferedImage pixels = new java.awt.image.BufferedImage(240, 120, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(pixels, "png", logo.toFile());
        browser.findElement(By.id("file")).sendKeys(logo.toAbsolutePath().toString());
        type("alt-ar", "شعار تجريبي");
        browser.findElement(By.cssSelector("#upload button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().contains("msg=uploaded"));
        assertThat(browser.findElement(By.cssSelector(".alert.ok")).getText()).startsWith("رُفعت");
        checkArabic("asset");
        go("/.author/assets");
        assertThat(browser.findElement(By.id("count")).getText()).containsPattern(ARABIC_DIGITS);
        checkArabic("assets");
        browser.findElement(By.cssSelector("table.assets tbody td a")).click();
        wait.until(d -> !d.findElements(By.id("asset-alt")).isEmpty());
        browser.findElement(By.cssSelector("form[action$='/delete'] button")).click();
        wait.until(d -> !d.findElements(By.cssSelector("dialog.confirm-dialog[open]")).isEmpty());
        checkArabic("asset-delete-confirm");

        go("/.author/items/nothing");
        checkArabic("error-404");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("خطأ ٤٠٤");

        // kept with the user, not only in this browser: without the cookie, Arabic again after login
        browser.manage().deleteAllCookies();
        go("/.author/login");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        type("username", "admin");
        type("password", TestSite.PASSWORD);
        browser.findElement(By.cssSelector("button.primary")).click();
        wait.until(d -> d.getCurrentUrl().contains("/.author/items/"));
        checkArabic("after-login-elsewhere");

        // and back: French is left to right again
        browser.findElement(By.cssSelector("form.language button[value=fr]")).click();
        wait.until(d -> "fr".equals(pageLanguage()));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("ltr");
        assertThat(browser.findElement(By.cssSelector("form.logout button")).getText()).isEqualTo("Se déconnecter");
        assertThat(walked).hasSizeGreaterThan(12);
        // no script failed on the way (refused logins and the missing favicon are answers, not script errors)
        assertThat(chromium.consoleMessages()).filteredOn(m -> !m.contains("Failed to load resource")).isEmpty();
    }

    /**
     * The lang of the page shown now, read by script: an element found just before the language
     * switch's reload would be stale by the time its attribute is asked for.
     */
    private String pageLanguage() {
        return String.valueOf(browser.executeScript("return document.documentElement.lang;"));
    }
}
