package org.oicc.relations.authoring.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The author instance's users, in {@code <data>/users.json}: a file, not the content repository, so
 * credentials never travel with published content or exports. Written atomically (temp file, then
 * move) and readable by the owner only where the file system allows.
 */
public final class UserStore {

    public static final String FILE = "users.json";

    private final Path file;
    private final ObjectMapper json;
    private final Map<String, User> users = new LinkedHashMap<>();

    private UserStore(Path file, ObjectMapper json) {
        this.file = file;
        this.json = json;
    }

    /** @throws IllegalStateException when the file exists but cannot be understood: better than starting without users */
    public static UserStore open(Path dataFolder, ObjectMapper json) {
        UserStore store = new UserStore(dataFolder.resolve(FILE), json);
        store.load();
        return store;
    }

    public synchronized Optional<User> find(String name) {
        return Optional.ofNullable(users.get(name));
    }

    public synchronized List<User> all() {
        return List.copyOf(users.values());
    }

    public synchronized boolean isEmpty() {
        return users.isEmpty();
    }

    /** Adds or replaces a user and saves. */
    public synchronized void save(User user) {
        users.put(user.name(), user);
        write();
    }

    public synchronized boolean delete(String name) {
        boolean removed = users.remove(name) != null;
        if (removed) {
            write();
        }
        return removed;
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            JsonNode root = json.readTree(file.toFile());
            for (JsonNode u : root.path("users")) {
                Set<Role> roles = EnumSet.noneOf(Role.class);
                for (JsonNode r : u.path("roles")) {
                    roles.add(Role.of(r.asText()).orElseThrow(() -> new IllegalStateException(
                            file + ": unknown role '" + r.asText() + "' (roles: editor, publisher, admin)")));
                }
                User user = new User(u.path("name").asText(), u.path("password").asText(), roles);
                users.put(user.name(), user);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read users from " + file + ": " + e.getMessage(), e);
        }
    }

    private void write() {
        ObjectNode root = json.createObjectNode();
        ArrayNode list = root.putArray("users");
        for (User user : users.values()) {
            ObjectNode u = list.addObject();
            u.put("name", user.name());
            u.put("password", user.passwordHash());
            ArrayNode roles = u.putArray("roles");
            user.roles().forEach(r -> roles.add(r.id()));
        }
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), FILE, ".tmp");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            json.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), root);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save users to " + file, e);
        }
    }
}
