package org.oicc.relations.server;

import org.junit.jupiter.api.Test;
import org.oicc.relations.authoring.publication.VersionRetention;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code serve --keep-versions N}: ten by default, at least one, a bad value refused before anything starts. */
class KeepVersionsOptionTest {

    @Test
    void tenByDefaultOrAsGiven() {
        assertThat(options().versions()).isEqualTo(new VersionRetention(10));
        assertThat(options("--keep-versions", "3").versions()).isEqualTo(new VersionRetention(3));
    }

    @Test
    void lessThanOneIsAOneLineError() {
        assertThatThrownBy(() -> options("--keep-versions", "-1")).isInstanceOf(CliError.class)
                .hasMessage("--keep-versions must be at least 1, found -1")
                .satisfies(e -> assertThat(((CliError) e).exitCode()).isEqualTo(2));
    }

    @Test
    void serveRefusesZeroWithExitCodeTwoBeforeStartingAnything() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String data = System.getProperty("java.io.tmpdir") + "/oicc-never-created-keep-versions";

        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "serve", "--keep-versions", "0", "--data", data);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("error: --keep-versions must be at least 1, found 0\n");
        assertThat(new java.io.File(data)).doesNotExist();
    }

    private static AuthoringOptions options(String... args) {
        return CommandLine.populateCommand(new InstanceOptions(), args).toOptions(Map.of());
    }
}
