package org.oicc.relations.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Identifiers of the seed's categories and aims. The seed fixes them as
 * {@code UUID.nameUUIDFromBytes("<workspace>/<name>")}, so the generator can reference them without
 * asking a running server (a test checks them against the bootstrap files).
 */
final class SeedIds {

    static final List<String> CATEGORIES = List.of("consultative-status", "membership", "observer", "cooperation-agreement");
    static final String AGREEMENTS = "cooperation-agreement";
    static final List<String> AIMS = List.of("communication-and-cooperation", "exchange-of-expertise",
            "exchanges-and-training", "expanding-cooperation", "studies-and-projects");

    private SeedIds() {
    }

    static String id(String workspace, String name) {
        return UUID.nameUUIDFromBytes((workspace + "/" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String category(String name) {
        return id("relationship-categories", name);
    }

    static String aim(String name) {
        return id("agreement-aims", name);
    }
}
