package org.oicc.relations.server;

import org.oicc.relations.authoring.publication.VersionRetention;
import org.oicc.relations.authoring.publication.subscribers.Subscriber;
import org.oicc.relations.authoring.publication.subscribers.Subscribers;
import picocli.CommandLine.Option;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code serve} options for the instance role, publication and webhooks (a picocli mixin). */
final class InstanceOptions {

    static final String WEBHOOK_SECRET = "RELATIONS_WEBHOOK_SECRET";
    static final String PUBLICATION_SECRET = "RELATIONS_PUBLICATION_SECRET";

    @Option(names = "--instance", defaultValue = "combined",
            description = "author, public or combined (both in one process; default: ${DEFAULT-VALUE}).")
    String instance;

    @Option(names = "--webhook", description = "URL told about every publish and unpublish (repeatable); "
            + "signed with env " + WEBHOOK_SECRET + ".")
    List<String> webhooks = new ArrayList<>();

    @Option(names = "--public-url", description = "For --instance author: one public instance to publish to (the subscriber "
            + "named 'public'); both share env " + PUBLICATION_SECRET + ".")
    String publicUrl;

    @Option(names = "--subscriber", paramLabel = "[NAME=]URL", description = "For --instance author: a public instance to publish "
            + "to (repeatable), with its own persistent queue. Its secret: --subscriber-secret-file NAME=FILE, env "
            + SubscriberOptions.SECRET_PREFIX + "<NAME>, or env " + PUBLICATION_SECRET + ".")
    List<String> subscribers = new ArrayList<>();

    @Option(names = "--subscriber-secret-file", paramLabel = "NAME=FILE", description = "The file holding subscriber NAME's "
            + "shared secret (repeatable).")
    List<String> subscriberSecretFiles = new ArrayList<>();

    @Option(names = "--publication-secret-file", paramLabel = "FILE", description = "For --instance public: the file holding "
            + "the secret shared with the author (instead of env " + PUBLICATION_SECRET + ").")
    String publicationSecretFile;

    @Option(names = "--keep-versions", defaultValue = "10", paramLabel = "N",
            description = "Versions kept per author item, the newest; older ones are removed when a publication makes a new one "
                    + "(default: ${DEFAULT-VALUE}).")
    int keepVersions;

    Instance instance() {
        try {
            return Instance.valueOf(instance.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CliError("--instance must be author, public or combined, found '" + instance + "'", 2);
        }
    }

    AuthoringOptions toOptions(Map<String, String> env) {
        List<URI> hooks = new ArrayList<>();
        for (String url : webhooks) {
            hooks.add(httpUrl(url, "--webhook"));
        }
        byte[] hookSecret = secret(env, WEBHOOK_SECRET, !hooks.isEmpty());
        List<Subscriber> targets = SubscriberOptions.parse(subscribers, publicUrl, subscriberSecretFiles, env);
        if (!targets.isEmpty() && instance() != Instance.AUTHOR) {
            throw new CliError("--subscriber and --public-url are for --instance author, not " + instance, 2);
        }
        byte[] receiverSecret = publicationSecretFile != null
                ? SubscriberOptions.readSecret(publicationSecretFile, "--publication-secret-file")
                : secret(env, PUBLICATION_SECRET, false);
        if (receiverSecret != null && receiverSecret.length < 16) {
            throw new CliError("the publication secret must hold at least 16 characters", 2);
        }
        if (keepVersions < 1) {
            throw new CliError("--keep-versions must be at least 1, found " + keepVersions, 2);
        }
        return new AuthoringOptions(hooks, hookSecret, targets, receiverSecret, new VersionRetention(keepVersions),
                Subscribers.FIRST_BACKOFF, Subscribers.MAX_BACKOFF);
    }

    static URI httpUrl(String text, String option) {
        try {
            URI uri = URI.create(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        throw new CliError(option + " must be an absolute http(s) URL, found '" + text + "'", 2);
    }

    private static byte[] secret(Map<String, String> env, String name, boolean needed) {
        String value = env.get(name);
        if (value == null || value.isEmpty()) {
            if (needed) {
                throw new CliError("set " + name + " (at least 16 characters) to sign these calls", 2);
            }
            return null;
        }
        if (value.length() < 16) {
            throw new CliError(name + " must hold at least 16 characters", 2);
        }
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
