package org.oicc.relations.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.authoring.publication.subscribers.Subscriber;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code --subscriber}, {@code --public-url} and where each subscriber's secret comes from. */
class SubscriberOptionsTest {

    @TempDir
    Path folder;

    @Test
    void namedSubscribersTakeTheirSecretFromAFileOrTheirOwnEnvVariable() throws Exception {
        Path file = Files.writeString(folder.resolve("eu.secret"), "secret-of-the-eu-public\n");
        List<Subscriber> subs = options(Map.of("RELATIONS_SUBSCRIBER_SECRET_ASIA_1", "secret-of-the-asia-public"),
                "--instance", "author", "--subscriber", "eu=https://eu.example.org", "--subscriber", "asia-1=https://asia.example.org:8443/",
                "--subscriber-secret-file", "eu=" + file).subscribers();

        assertThat(subs).extracting(Subscriber::name).containsExactly("eu", "asia-1");
        assertThat(subs.get(0).url()).hasToString("https://eu.example.org");
        assertThat(new String(subs.get(0).secret(), StandardCharsets.UTF_8)).isEqualTo("secret-of-the-eu-public");
        assertThat(new String(subs.get(1).secret(), StandardCharsets.UTF_8)).isEqualTo("secret-of-the-asia-public");
        assertThat(subs.get(1).toString()).doesNotContain("secret");
    }

    @Test
    void publicUrlIsTheSubscriberNamedPublicAndAnUnnamedUrlIsNamedByItsHostAndPort() {
        List<Subscriber> subs = options(Map.of("RELATIONS_PUBLICATION_SECRET", "one-secret-shared-by-all"),
                "--instance", "author", "--public-url", "http://p0.example.org", "--subscriber", "http://p1.example.org:8080").subscribers();

        assertThat(subs).extracting(Subscriber::name).containsExactly("public", "p1-example-org-8080");
        assertThat(new String(subs.get(1).secret(), StandardCharsets.UTF_8)).isEqualTo("one-secret-shared-by-all");
    }

    @Test
    void mistakesAreOneLineErrorsWithExitCodeTwo() {
        assertThatThrownBy(() -> options(Map.of(), "--instance", "author", "--subscriber", "eu=https://eu.example.org"))
                .isInstanceOfSatisfying(CliError.class, e -> assertThat(e.exitCode()).isEqualTo(2))
                .hasMessage("subscriber eu has no secret: use --subscriber-secret-file eu=FILE, or set RELATIONS_SUBSCRIBER_SECRET_EU "
                        + "or RELATIONS_PUBLICATION_SECRET (at least 16 characters)");
        assertThatThrownBy(() -> options(Map.of("RELATIONS_SUBSCRIBER_SECRET_EU", "short"), "--instance", "author",
                "--subscriber", "eu=https://eu.example.org"))
                .hasMessage("the secret of subscriber eu (RELATIONS_SUBSCRIBER_SECRET_EU) must hold at least 16 characters");
        assertThatThrownBy(() -> options(Map.of("RELATIONS_PUBLICATION_SECRET", "one-secret-shared-by-all"), "--instance", "author",
                "--subscriber", "eu=https://a.example.org", "--subscriber", "eu=https://b.example.org"))
                .hasMessage("--subscriber: the name 'eu' is used twice (name them: --subscriber NAME=URL)");
        assertThatThrownBy(() -> options(Map.of("RELATIONS_PUBLICATION_SECRET", "one-secret-shared-by-all"), "--instance", "author",
                "--subscriber", "eu=ftp://a.example.org")).hasMessage("--subscriber must be an absolute http(s) URL, found 'ftp://a.example.org'");
        assertThatThrownBy(() -> options(Map.of("RELATIONS_PUBLICATION_SECRET", "one-secret-shared-by-all"), "--instance", "author",
                "--subscriber", "eu=https://a.example.org", "--subscriber-secret-file", "us=/nowhere"))
                .hasMessage("--subscriber-secret-file names no configured subscriber: 'us' (configured: eu)");
        assertThatThrownBy(() -> options(Map.of(), "--instance", "author", "--subscriber", "eu=https://a.example.org",
                "--subscriber-secret-file", "eu=" + folder.resolve("missing")))
                .hasMessageStartingWith("--subscriber-secret-file: cannot read the secret file ");
        assertThatThrownBy(() -> options(Map.of("RELATIONS_PUBLICATION_SECRET", "one-secret-shared-by-all"),
                "--subscriber", "eu=https://a.example.org"))
                .hasMessage("--subscriber and --public-url are for --instance author, not combined");
    }

    @Test
    void aPublicInstanceReadsItsSecretFromAFile() throws Exception {
        Path file = Files.writeString(folder.resolve("p.secret"), "secret-of-this-public\n");
        AuthoringOptions o = options(Map.of(), "--instance", "public", "--publication-secret-file", file.toString());
        assertThat(new String(o.receiverSecret(), StandardCharsets.UTF_8)).isEqualTo("secret-of-this-public");
    }

    @Test
    void serveRefusesAnAuthorWithoutSubscribersBeforeOpeningTheDataFolder() {
        StringWriter err = new StringWriter();
        Path data = folder.resolve("never");
        int exit = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "serve", "--instance", "combined",
                "--subscriber", "eu=https://a.example.org", "--data", data.toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: ");
        assertThat(data).doesNotExist();
    }

    private static AuthoringOptions options(Map<String, String> env, String... args) {
        return CommandLine.populateCommand(new InstanceOptions(), args).toOptions(env);
    }
}
