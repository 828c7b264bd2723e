package org.oicc.relations.authoring.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The author instance's users, in {@code <data>/users.json}: a file, not the content repository, so
 * credentials never travel with published content or exports. Written atomically (temp file, then
 * move) and readable by the owner only where the file system allows.
 *
 * <p>The running server and the {@code users} command may change the file at the same time: every
 * change is a read-modify-write under an exclusive lock on {@code users.json.lock} (a file lock
 * across processes, a plain lock within one), starting from the file as it is then. Readers need no
 * lock, since the file is only ever replaced whole; each read looks whether the file changed (its
 * identity, time and size) and loads it again if so, so a change made by the command counts at the
 * server's next request. A file that became unreadable is logged and the users last read stay.
 */
public final class UserStore {

    public static final String FILE = "users.json";
    static final String LOCK_FILE = FILE + ".lock";
    private static final Logger LOG = LoggerFactory.getLogger(UserStore.class);
    /** One lock per file within this JVM: a file lock cannot be taken twice by one process. */
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    /** What identifies one version of the file; null for no file. */
    private record Stamp(Object key, FileTime modified, long size) {
    }

    private final Path file;
    private final ObjectMapper json;
    private Map<String, User> users = new LinkedHashMap<>();
    private Stamp loaded;
    /** The file as {@link #loaded} could not be read: a change must not write on top of it. */
    private boolean unreadable;

    private UserStore(Path file, ObjectMapper json) {
        this.file = file;
        this.json = json;
    }

    /** @throws IllegalStateException when the file exists but cannot be understood: better than starting without users */
    public static UserStore open(Path dataFolder, ObjectMapper json) {
        UserStore store = new UserStore(dataFolder.toAbsolutePath().normalize().resolve(FILE), json);
        store.loaded = store.stamp();
        store.users = store.load();
        return store;
    }

    public synchronized Optional<User> find(String name) {
        refresh();
        return Optional.ofNullable(users.get(name));
    }

    public synchronized List<User> all() {
        refresh();
        return List.copyOf(users.values());
    }

    public synchronized boolean isEmpty() {
        refresh();
        return users.isEmpty();
    }

    /** Adds or replaces a user and saves. */
    public void save(User user) {
        update(all -> {
            all.put(user.name(), user);
            return null;
        });
    }

    public boolean delete(String name) {
        return update(all -> all.remove(name) != null);
    }

    /**
     * One change, all or nothing: {@code change} gets the users as the file holds them now (a
     * mutable copy, by name), may change them or throw to change nothing; a changed map is written.
     */
    public synchronized <T> T update(Function<Map<String, User>, T> change) {
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        local.lock();
        try (FileChannel channel = lockChannel(); FileLock ignored = channel.lock()) {
            Stamp now = stamp();
            if (unreadable || !Objects.equals(now, loaded)) {
                users = load(); // strict: a change on top of an unreadable file would lose users
                loaded = now;
                unreadable = false;
            }
            Map<String, User> copy = new LinkedHashMap<>(users);
            T result = change.apply(copy);
            if (!copy.equals(users)) {
                write(copy);
                users = copy;
                loaded = stamp();
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file.resolveSibling(LOCK_FILE), e);
        } finally {
            local.unlock();
        }
    }

    private FileChannel lockChannel() throws IOException {
        Files.createDirectories(file.getParent());
        return FileChannel.open(file.resolveSibling(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }

    /** Loads the file again if another process (or hand) replaced it; keeps the users read last if it cannot be read. */
    private void refresh() {
        Stamp now = stamp();
        if (Objects.equals(now, loaded)) {
            return;
        }
        try {
            users = load();
            loaded = now;
            unreadable = false;
        } catch (IllegalStateException e) {
            LOG.error("{}; keeping the users read before", e.getMessage());
            loaded = now; // logged once per bad version, not at every request
            unreadable = true;
        }
    }

    private Stamp stamp() {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(a.fileKey(), a.lastModifiedTime(), a.size());
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private Map<String, User> load() {
        Map<String, User> read = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return read;
        }
        try {
            JsonNode root = json.readTree(file.toFile());
            for (JsonNode u : root.path("users")) {
                Set<Role> roles = EnumSet.noneOf(Role.class);
                for (JsonNode r : u.path("roles")) {
                    roles.add(Role.of(r.asText()).orElseThrow(() -> new IllegalStateException(
                            file + ": unknown role '" + r.asText() + "' (roles: editor, publisher, admin)")));
                }
                // files written before users could be disabled have no "enabled": they were all enabled
                boolean enabled = !u.has("enabled") || u.path("enabled").asBoolean(true);
                Instant lastLogin = u.hasNonNull("lastLogin") ? Instant.parse(u.path("lastLogin").asText()) : null;
                String language = u.hasNonNull("language") ? u.path("language").asText() : null;
                User user = new User(u.path("name").asText(), u.path("password").asText(), roles, enabled, lastLogin, language);
                read.put(user.name(), user);
            }
            return read;
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalStateException("cannot read users from " + file + ": " + e.getMessage(), e);
        }
    }

    private void write(Map<String, User> all) {
        ObjectNode root = json.createObjectNode();
        ArrayNode list = root.putArray("users");
        for (User user : all.values()) {
            ObjectNode u = list.addObject();
            u.put("name", user.name());
            u.put("password", user.passwordHash());
            ArrayNode roles = u.putArray("roles");
            user.roles().forEach(r -> roles.add(r.id()));
            u.put("enabled", user.enabled());
            if (user.lastLogin() != null) {
                u.put("lastLogin", user.lastLogin().toString());
            }
            if (user.language() != null) {
                u.put("language", user.language());
            }
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
