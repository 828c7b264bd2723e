package org.oicc.relations.server;

import org.oicc.relations.dam.DamSettings;
import org.oicc.relations.definition.AssetReferenceDefinition;
import org.oicc.relations.definition.DeliveryEndpointDefinition;
import org.oicc.relations.definition.LightModule;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** {@code serve}'s options for assets: the largest upload and the rendition widths. */
final class AssetOptions {

    @Option(names = "--asset-max-bytes", defaultValue = "" + DamSettings.DEFAULT_MAX_BYTES, paramLabel = "BYTES",
            description = "Largest image an editor may upload (default: ${DEFAULT-VALUE}, 5 MiB).")
    long maxBytes;

    @Option(names = "--rendition-widths", defaultValue = "160,320,640", split = ",", paramLabel = "W[,W...]",
            description = "The widths in pixels /dam renditions are made in (?width=W); no other is made (default: ${DEFAULT-VALUE}).")
    List<Integer> widths = new ArrayList<>();

    /** @throws CliError (exit 2) for values that cannot be used, or an endpoint's assetRenditions outside the widths */
    DamSettings toSettings(LightModule module) {
        if (maxBytes < 1024 || maxBytes > 100L * 1024 * 1024) {
            throw new CliError("--asset-max-bytes must be between 1024 and 104857600, found " + maxBytes, 2);
        }
        DamSettings settings;
        try {
            settings = DamSettings.defaults().withMaxBytes(maxBytes).withWidths(widths);
        } catch (IllegalArgumentException e) {
            throw new CliError("--rendition-widths: " + e.getMessage(), 2);
        }
        check(module, settings);
        return settings;
    }

    /** An endpoint that lists a rendition the server does not make would deliver broken links: refused at start. */
    static void check(LightModule module, DamSettings settings) {
        for (var endpoint : module.endpoints().values()) {
            if (endpoint instanceof DeliveryEndpointDefinition d) {
                for (AssetReferenceDefinition r : d.assetReferences()) {
                    for (int w : r.renditions()) {
                        if (!settings.renditionWidths().contains(w)) {
                            throw new CliError(r.location() + ": assetRenditions lists width " + w + ", which the server does not make "
                                    + "(--rendition-widths " + settings.renditionWidths() + ")", 2);
                        }
                    }
                }
            }
        }
    }
}
