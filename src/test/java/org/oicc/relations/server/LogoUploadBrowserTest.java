package org.oicc.relations.server;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.oicc.relations.testing.Chromium;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An editor in headless Chromium uploads a logo for IULA in the edit form (with its alternative
 * text), first meets a refused file with the rest of the input kept, saves, publishes, and sees the
 * logo on the public organization page; a rendition URL of the page's srcset answers image/png with
 * an ETag. Screenshots under {@code target/screenshots/}.
 */
class LogoUploadBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final String PASSWORD = ServedSite.PASSWORD;

    @TempDir
    Path files;
    @RegisterExtension
    final ServedSite served = ServedSite.combined();
    private Chromium chromium;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Files.isExecutable(Chromium.BINARY), Chromium.BINARY + " is not installed");
        chromium = new Chromium(1280, 2000);
        Files.createDirectories(SHOTS);
    }

    @AfterEach
    void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anEditorUploadsALogoPublishesAndTheOrganizationPageShowsIt() throws Exception {
        ChromeDriver browser = chromium.driver;
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        String base = "http://127.0.0.1:" + served.port();
        Path svg = Files.writeString(files.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        Path png = Files.write(files.resolve("iula-logo.png"), AssetsHttpTest.png(480, 240));

        browser.get(base + "/.author/login?next=/.author/items/organization/iula");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit].primary")).click();
        WebElement acronym = wait.until(d -> d.findElement(By.id("f-acronym")));
        acronym.clear();
        acronym.sendKeys("IULA-UCLG");
        browser.findElement(By.id("f-logo")).sendKeys(svg.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("button[value=save]")).click();

        // refused, the typed acronym kept
        WebElement problem = wait.until(d -> d.findElement(By.id("f-logo-err")));
        assertThat(problem.getText()).contains("SVG images are not accepted, as an SVG file can carry scripts");
        assertThat(browser.findElement(By.id("f-acronym")).getAttribute("value")).isEqualTo("IULA-UCLG");
        chromium.saveFullPage(SHOTS.resolve("logo-refused.png"));

        browser.findElement(By.id("f-logo")).sendKeys(png.toAbsolutePath().toString());
        browser.findElement(By.id("f-logo-alt-en")).sendKeys("IULA logo");
        browser.findElement(By.cssSelector("button[value=save]")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("?msg=saved"));
        assertThat(browser.findElement(By.cssSelector(".asset-preview img")).getAttribute("src")).contains("/.author/preview/dam/jcr:");
        chromium.saveFullPage(SHOTS.resolve("logo-uploaded.png"));
        browser.findElement(By.cssSelector("button[formaction$='/publish']:not([name])")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("?msg=published"));

        browser.get(base + "/organizations/iula.html");
        WebElement logo = wait.until(d -> d.findElement(By.cssSelector("img.logo")));
        assertThat(logo.getAttribute("alt")).isEqualTo("IULA logo");
        assertThat(logo.getAttribute("loading")).isEqualTo("lazy");
        assertThat(logo.getDomAttribute("width")).isEqualTo("480");
        assertThat(logo.getDomAttribute("height")).isEqualTo("240");
        // loaded (lazy, and its rendition made on first request: on a loaded machine that takes a moment)
        wait.until(d -> ((Number) browser.executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", logo)).intValue() > 0);
        String srcset = logo.getAttribute("srcset");
        chromium.saveFullPage(SHOTS.resolve("logo-on-page.png"));

        String rendition = srcset.split(",")[0].trim().split(" ")[0];
        assertThat(rendition).matches("/dam/jcr:[0-9a-f-]{36}/iula-logo\\.png\\?width=160");
        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + rendition)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("image/");
        assertThat(answer.headers().firstValue("ETag")).isPresent();
    }
}
