package org.oicc.relations.server;

import org.oicc.relations.authoring.publication.subscribers.Subscriber;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns {@code --subscriber [NAME=]URL}, {@code --public-url URL} and
 * {@code --subscriber-secret-file NAME=FILE} into subscribers with their secrets. A subscriber's
 * secret comes from its file, else env {@code RELATIONS_SUBSCRIBER_SECRET_<NAME>} (upper case,
 * {@code -} as {@code _}), else the shared env {@code RELATIONS_PUBLICATION_SECRET}; never from the
 * command line itself, which other users of the machine can read.
 */
final class SubscriberOptions {

    static final String SECRET_PREFIX = "RELATIONS_SUBSCRIBER_SECRET_";
    /** The name {@code --public-url} gives its subscriber. */
    static final String PUBLIC_URL_NAME = "public";

    private SubscriberOptions() {
    }

    static List<Subscriber> parse(List<String> subscribers, String publicUrl, List<String> secretFiles, Map<String, String> env) {
        Map<String, URI> named = new LinkedHashMap<>();
        if (publicUrl != null) {
            named.put(PUBLIC_URL_NAME, InstanceOptions.httpUrl(publicUrl, "--public-url"));
        }
        for (String s : subscribers) {
            int eq = s.indexOf('=');
            boolean hasName = eq > 0 && !s.substring(0, eq).contains(":");
            URI url = InstanceOptions.httpUrl(hasName ? s.substring(eq + 1) : s, "--subscriber");
            String name = hasName ? s.substring(0, eq) : nameOf(url);
            if (named.put(name, url) != null) {
                throw new CliError("--subscriber: the name '" + name + "' is used twice (name them: --subscriber NAME=URL)", 2);
            }
        }
        Map<String, byte[]> fromFiles = secretFiles(secretFiles, named);
        List<Subscriber> out = new ArrayList<>();
        for (Map.Entry<String, URI> e : named.entrySet()) {
            byte[] secret = fromFiles.get(e.getKey());
            String source = "--subscriber-secret-file " + e.getKey() + "=FILE";
            if (secret == null) {
                String var = envName(e.getKey());
                source = var;
                secret = fromEnv(env, var);
                if (secret == null) {
                    source = InstanceOptions.PUBLICATION_SECRET;
                    secret = fromEnv(env, InstanceOptions.PUBLICATION_SECRET);
                }
                if (secret == null) {
                    throw new CliError("subscriber " + e.getKey() + " has no secret: use --subscriber-secret-file " + e.getKey()
                            + "=FILE, or set " + var + " or " + InstanceOptions.PUBLICATION_SECRET + " (at least 16 characters)", 2);
                }
            }
            if (secret.length < 16) {
                throw new CliError("the secret of subscriber " + e.getKey() + " (" + source + ") must hold at least 16 characters", 2);
            }
            try {
                out.add(new Subscriber(e.getKey(), e.getValue(), secret));
            } catch (IllegalArgumentException bad) {
                throw new CliError("--subscriber: " + bad.getMessage(), 2);
            }
        }
        return out;
    }

    /** {@code https://public-1.example.org:8443} is {@code public-1-example-org-8443}, as stable as its URL. */
    static String nameOf(URI url) {
        String name = (url.getHost() + (url.getPort() > 0 ? "-" + url.getPort() : "")).replaceAll("[^A-Za-z0-9_-]+", "-")
                .replaceAll("^-+", "");
        return name.length() > 40 ? name.substring(0, 40) : name;
    }

    static String envName(String subscriber) {
        return SECRET_PREFIX + subscriber.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** A secret file: its text without the line break an editor adds at the end. */
    static byte[] readSecret(String file, String option) {
        try {
            String text = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? null : text.getBytes(StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException | java.nio.file.InvalidPathException e) {
            throw new CliError(option + ": cannot read the secret file " + file + " (" + e.getClass().getSimpleName() + ")", 2);
        }
    }

    private static Map<String, byte[]> secretFiles(List<String> specs, Map<String, URI> named) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            if (eq <= 0) {
                throw new CliError("--subscriber-secret-file must be NAME=FILE, found '" + spec + "'", 2);
            }
            String name = spec.substring(0, eq);
            if (!named.containsKey(name)) {
                throw new CliError("--subscriber-secret-file names no configured subscriber: '" + name + "' (configured: "
                        + String.join(", ", named.keySet()) + ")", 2);
            }
            byte[] secret = readSecret(spec.substring(eq + 1), "--subscriber-secret-file");
            if (secret == null) {
                throw new CliError("--subscriber-secret-file: the file for " + name + " is empty", 2);
            }
            out.put(name, secret);
        }
        return out;
    }

    private static byte[] fromEnv(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isEmpty() ? null : value.getBytes(StandardCharsets.UTF_8);
    }
}
