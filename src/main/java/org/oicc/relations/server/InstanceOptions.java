package org.oicc.relations.server;

import org.oicc.relations.authoring.publication.VersionRetention;
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

    @Option(names = "--public-url", description = "For --instance author: the public instance to publish to; "
            + "both share env " + PUBLICATION_SECRET + ".")
    String publicUrl;

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
        URI target = publicUrl == null ? null : httpUrl(publicUrl, "--public-url");
        byte[] publicationSecret = secret(env, PUBLICATION_SECRET, target != null);
        if (keepVersions < 1) {
            throw new CliError("--keep-versions must be at least 1, found " + keepVersions, 2);
        }
        return new AuthoringOptions(hooks, hookSecret, target, publicationSecret, new VersionRetention(keepVersions));
    }

    private static URI httpUrl(String text, String option) {
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
