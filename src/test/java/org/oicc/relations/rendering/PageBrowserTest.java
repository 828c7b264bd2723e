package org.oicc.relations.rendering;

import org.oicc.relations.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.oicc.relations.testing.TestSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pages in a real browser (headless Debian chromium, driven by Selenium) against the real
 * server: they load with nothing on the console, Arabic lays out right to left, a phone gets no
 * sideways scrolling, and a screenshot of each language lands in {@code target/screenshots/}.
 * Skipped only when chromium is not installed ({@code .ci/run} installs it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageBrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int WIDTH = 1280;

    private TestSite fixture;
    private Chromium chromium;

    @BeforeAll
    void start(@TempDir Path data) throws IOException {
        assumeTrue(Files.isExecutable(Chromium.BINARY), Chromium.BINARY + " is not installed");
        fixture = TestSite.builder().site().start(data);
        chromium = new Chromium(WIDTH, 900);
    }

    @AfterAll
    void stop() throws IOException {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            if (fixture != null) {
                fixture.close();
            }
        }
    }

    @BeforeEach
    void forgetEarlierConsoleMessages() {
        chromium.consoleMessages();
    }

    @Test
    void theConsoleCheckSeesAnError() {
        chromium.driver.get("data:text/html,<title>t</title><script>console.error('deliberate failure')</script>");
        assertThat(chromium.consoleMessages()).anySatisfy(m -> assertThat(m).startsWith("SEVERE").contains("deliberate failure"));
        // and a resource the page cannot load, as a broken stylesheet link would be
        chromium.driver.get(fixture.url("/nope.html"));
        assertThat(chromium.consoleMessages()).anySatisfy(m -> assertThat(m).contains("404"));
    }

    @Test
    void eachLanguageLoadsWithoutConsoleMessagesAndIsCaptured() throws IOException {
        Map<String, String> headings = Map.of("en", "Regional and International relations",
                "ar", "العلاقات الإقليمية والدولية", "fr", "Relations régionales et internationales");
        for (String language : List.of("en", "ar", "fr")) {
            String path = ("en".equals(language) ? "" : "/" + language) + "/relations.html";
            load(path);
            assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).isEqualTo(headings.get(language));
            assertThat(chromium.driver.findElements(By.cssSelector("section.category"))).hasSize(4);
            // the stylesheet applied: the focusable skip link is moved out of sight until focused
            assertThat(chromium.driver.findElement(By.cssSelector(".skip-link")).getRect().getY()).isLessThan(0);
            assertThat(chromium.consoleMessages()).as(path).isEmpty();
            chromium.saveFullPage(SCREENSHOTS.resolve("relations-" + language + ".png"));
            assertThat(Files.size(SCREENSHOTS.resolve("relations-" + language + ".png"))).isGreaterThan(10_000);
        }
    }

    @Test
    void anOrganizationPageLoadsWithoutConsoleMessages() throws IOException {
        load("/organizations/iula.html");
        assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).startsWith("International Union of Local Authorities");
        assertThat(chromium.consoleMessages()).isEmpty();
        chromium.saveFullPage(SCREENSHOTS.resolve("organization-iula-en.png"));
    }

    @Test
    void arabicLaysOutRightToLeft() {
        load("/ar/relations.html");
        assertThat(chromium.driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(chromium.driver.findElement(By.tagName("body")).getCssValue("direction")).isEqualTo("rtl");
        assertThat(chromium.driver.findElement(By.tagName("main")).getCssValue("direction")).isEqualTo("rtl");
        double[] arabic = textBox(chromium.driver.findElement(By.cssSelector("section.category h2")));
        assertThat(arabic[0]).as("left edge of the first Arabic category title").isGreaterThan(WIDTH / 2.0);
        // the same measure on the English page puts the title on the left: the check can tell them apart
        load("/relations.html");
        assertThat(chromium.driver.findElement(By.tagName("main")).getCssValue("direction")).isEqualTo("ltr");
        double[] english = textBox(chromium.driver.findElement(By.cssSelector("section.category h2")));
        assertThat(english[1]).as("right edge of the first English category title").isLessThan(WIDTH / 2.0);
    }

    @Test
    void aPhoneScreenScrollsOnlyDownwards() throws IOException {
        chromium.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            for (String path : List.of("/relations.html", "/ar/relations.html", "/organizations/iula.html")) {
                load(path);
                Number scrollWidth = (Number) chromium.driver.executeScript("return document.documentElement.scrollWidth");
                Number viewport = (Number) chromium.driver.executeScript("return document.documentElement.clientWidth");
                assertThat(scrollWidth.intValue()).as(path + " is as wide as the phone").isLessThanOrEqualTo(viewport.intValue());
                assertThat(chromium.consoleMessages()).as(path).isEmpty();
            }
            load("/relations.html");
            chromium.saveFullPage(SCREENSHOTS.resolve("relations-en-phone.png"));
        } finally {
            chromium.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private void load(String path) {
        chromium.driver.get(fixture.url(path));
        assertThat(chromium.driver.executeScript("return document.readyState")).isEqualTo("complete");
    }

    /** The box of an element's text (not of the element, which spans the line): {left, right} in CSS pixels. */
    private double[] textBox(WebElement element) {
        @SuppressWarnings("unchecked")
        List<Number> box = (List<Number>) chromium.driver.executeScript(
                "const r = document.createRange(); r.selectNodeContents(arguments[0]);"
                        + " const b = r.getBoundingClientRect(); return [b.left, b.right];", element);
        return new double[] {box.get(0).doubleValue(), box.get(1).doubleValue()};
    }
}
