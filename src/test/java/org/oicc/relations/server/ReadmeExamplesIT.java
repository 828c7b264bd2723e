package org.oicc.relations.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.authoring.users.PasswordHasher;
import org.oicc.relations.authoring.users.UserStore;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every delivery curl example of the README works against `serve` as the README starts it. */
class ReadmeExamplesIT {

    @Test
    void everyDeliveryExampleAnswersJson(@TempDir Path work) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "curl is not installed");
        List<String> examples = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("curl ") && line.contains("127.0.0.1:8080/.rest/delivery/") && !line.contains("<the ETag")
                    && !line.startsWith("curl -i")) {
                examples.add(line);
            }
        }
        assertThat(examples).as("README delivery examples").hasSizeGreaterThan(15);

        try (StandaloneProcess server = StandaloneProcess.start(work, "serve", "--port", "0", "--data", work.resolve("data").toString())) {
            int port = server.awaitServing();
            for (String example : examples) {
                String command = example.replace("127.0.0.1:8080", "127.0.0.1:" + port);
                Process p = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(p.exitValue()).as(example).isZero();
                assertThat(out.strip()).as(example).matches("(?s)[\\[{/].*").doesNotStartWith("{\"error\"");
            }
        }
        // tests elsewhere log in with cheap hashes; serve's first start creates the admin at the production cost
        assertThat(work.resolve("data").resolve(UserStore.FILE)).content(StandardCharsets.UTF_8)
                .contains("pbkdf2-sha256$" + PasswordHasher.DEFAULT_ITERATIONS + "$");
    }
}
