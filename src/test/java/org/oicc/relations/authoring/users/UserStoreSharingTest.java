package org.oicc.relations.authoring.users;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two stores on one users.json (the server and the users command): no change is lost, each sees the other's. */
class UserStoreSharingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void parallelChangesThroughTwoStoresAreAllKept() throws Exception {
        UserStore server = UserStore.open(data, JSON);
        UserStore command = UserStore.open(data, JSON);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                UserStore store = i % 2 == 0 ? server : command;
                String name = "user" + i;
                done.add(pool.submit(() -> store.save(new User(name, "pbkdf2-sha256$1000$x$y", EnumSet.of(Role.EDITOR)))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(server.all()).hasSize(40);
        assertThat(command.all()).hasSize(40);
        assertThat(UserStore.open(data, JSON).all()).hasSize(40);
    }

    @Test
    void aStoreSeesAnotherStoresChangeAtItsNextReadAndKeepsItsUsersWhenTheFileTurnsBad() throws Exception {
        UserStore server = UserStore.open(data, JSON);
        server.save(new User("admin", "pbkdf2-sha256$1000$x$y", EnumSet.allOf(Role.class)));
        UserStore command = UserStore.open(data, JSON);
        command.save(command.find("admin").orElseThrow().withEnabled(false));

        assertThat(server.find("admin").orElseThrow().enabled()).isFalse();

        Files.writeString(data.resolve(UserStore.FILE), "{ not json");
        assertThat(server.find("admin")).isPresent();
        assertThatThrownBy(() -> server.save(new User("x", "h", EnumSet.of(Role.EDITOR))))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("cannot read users from ");
        assertThat(Files.readString(data.resolve(UserStore.FILE))).isEqualTo("{ not json");
    }

    @Test
    void filesWrittenBeforeUsersCouldBeDisabledHoldEnabledUsers() throws Exception {
        Files.writeString(data.resolve(UserStore.FILE), "{\"users\":[{\"name\":\"a\",\"password\":\"x\",\"roles\":[\"editor\"]}]}");
        User a = UserStore.open(data, JSON).find("a").orElseThrow();
        assertThat(a.enabled()).isTrue();
        assertThat(a.lastLogin()).isNull();
    }
}
