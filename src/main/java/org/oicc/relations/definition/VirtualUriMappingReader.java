package org.oicc.relations.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads {@code virtualUriMappings/*.yaml} with Magnolia's keys ({@code class}, {@code fromUri},
 * {@code toUri}). The target is checked at start-up, so no request can make it expensive: a plain
 * path, a query of at most {@value #MAX_PARAMETERS} {@code name=value} pairs of plain characters,
 * group references only to groups that exist. The other mapping classes Magnolia has (host based,
 * rotating, multisite) would serve something else than this runtime can, so they are start-up errors.
 */
final class VirtualUriMappingReader {

    static final String FOLDER = "virtualUriMappings/";
    static final String REGEXP = "info.magnolia.virtualuri.mapping.RegexpVirtualUriMapping";
    static final String DEFAULT = "info.magnolia.virtualuri.mapping.DefaultVirtualUriMapping";
    static final int MAX_PARAMETERS = 8;

    /** {@code site} is known, and refused on its own line below. */
    private static final Set<String> KEYS = Set.of("class", "fromUri", "toUri", "site");
    private static final Set<String> NOT_HONOURED_CLASSES = Set.of(
            "info.magnolia.virtualuri.mapping.RotatingVirtualUriMapping",
            "info.magnolia.virtualuri.mapping.HostBasedVirtualUriMapping",
            "info.magnolia.virtualuri.mapping.HostBasedRegexpVirtualUriMapping",
            "info.magnolia.multisite.mapping.MultiSiteRootVirtualUriMapping",
            "info.magnolia.multisite.mapping.MultiSiteRegexpVirtualUriMapping");
    /** Path characters of a forward target; {@code $} only as a group reference. */
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~/$-]*");
    private static final Pattern ABSOLUTE = Pattern.compile("https?://[A-Za-z0-9.-]+(:\\d{1,5})?(/[A-Za-z0-9._~/$-]*)?");
    private static final Pattern PARAMETER = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,31}=[A-Za-z0-9._~$-]{0,100}");
    private static final Pattern GROUP = Pattern.compile("\\$(\\d+)");

    private final Problems problems;

    VirtualUriMappingReader(Problems problems) {
        this.problems = problems;
    }

    static boolean isMappingFile(String file) {
        return file.startsWith(FOLDER);
    }

    Optional<VirtualUriMapping> read(String file, YamlNode root) {
        YamlMapping f = YamlMapping.of(root, "a virtual URI mapping", problems);
        if (f == null) {
            return Optional.empty();
        }
        String name = file.substring(FOLDER.length(), file.lastIndexOf('.'));
        String where = "virtual URI mapping " + name;
        if (f.has("site")) {
            problems.add(f.locationOf("site"), "'site' of a multisite mapping is not honoured by this runtime, which serves one site");
        }
        f.allowOnly(KEYS, where);
        String type = f.requiredString("class", where);
        String fromUri = f.requiredString("fromUri", where);
        String toUri = f.requiredString("toUri", where);
        if (type == null || fromUri == null || toUri == null) {
            return Optional.empty();
        }
        VirtualUriMapping.Kind kind;
        if (REGEXP.equals(type)) {
            kind = VirtualUriMapping.Kind.REGEXP;
        } else if (DEFAULT.equals(type)) {
            kind = VirtualUriMapping.Kind.DEFAULT;
        } else if (NOT_HONOURED_CLASSES.contains(type)) {
            problems.add(f.locationOf("class"), "mapping class '" + type + "' is not honoured by this runtime (honoured: "
                    + REGEXP + ", " + DEFAULT + ")");
            return Optional.empty();
        } else {
            problems.add(f.locationOf("class"), "unknown mapping class '" + type + "' (honoured: " + REGEXP + ", " + DEFAULT + ")");
            return Optional.empty();
        }
        Pattern from;
        try {
            from = kind == VirtualUriMapping.Kind.REGEXP ? Pattern.compile(fromUri) : VirtualUriMapping.simplePattern(fromUri);
        } catch (PatternSyntaxException e) {
            problems.add(f.locationOf("fromUri"), "invalid regular expression: " + e.getDescription());
            return Optional.empty();
        }
        int groups = kind == VirtualUriMapping.Kind.REGEXP ? from.matcher("").groupCount() : 0;
        if (!checkTarget(f, toUri, kind, groups)) {
            return Optional.empty();
        }
        return Optional.of(new VirtualUriMapping(name, kind, fromUri, toUri, from, f.location()));
    }

    private boolean checkTarget(YamlMapping f, String toUri, VirtualUriMapping.Kind kind, int groups) {
        Location at = f.locationOf("toUri");
        VirtualUriMapping.Action action = VirtualUriMapping.Action.FORWARD;
        String target = toUri;
        for (VirtualUriMapping.Action a : VirtualUriMapping.Action.values()) {
            if (toUri.startsWith(VirtualUriMapping.prefix(a))) {
                action = a;
                target = toUri.substring(VirtualUriMapping.prefix(a).length());
            }
        }
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        boolean external = action != VirtualUriMapping.Action.FORWARD && ABSOLUTE.matcher(path).matches();
        if (!external && !PATH.matcher(path).matches()) {
            problems.add(at, "toUri '" + toUri + "' must name a path of this site such as forward:/organizations.html"
                    + (action == VirtualUriMapping.Action.FORWARD ? "" : " or an http(s) address")
                    + " (letters, digits, . _ ~ - / and $n only)");
            return false;
        }
        if (q >= 0 && !checkQuery(at, toUri, target.substring(q + 1))) {
            return false;
        }
        Matcher refs = GROUP.matcher(target);
        while (refs.find()) {
            if (kind == VirtualUriMapping.Kind.DEFAULT) {
                problems.add(at, "toUri '" + toUri + "' refers to a group ($" + refs.group(1) + "), which only "
                        + REGEXP + " fills in");
                return false;
            }
            int n = Integer.parseInt(refs.group(1).substring(0, 1));
            if (n > groups) {
                problems.add(at, "toUri '" + toUri + "' refers to group $" + n + " but fromUri has " + groups + " group(s)");
                return false;
            }
        }
        if (target.replaceAll("\\$\\d", "").contains("$")) {
            problems.add(at, "toUri '" + toUri + "': '$' must be followed by a group number");
            return false;
        }
        return true;
    }

    private boolean checkQuery(Location at, String toUri, String query) {
        String[] pairs = query.split("&", -1);
        if (pairs.length > MAX_PARAMETERS) {
            problems.add(at, "toUri '" + toUri + "' passes " + pairs.length + " parameters (at most " + MAX_PARAMETERS + ")");
            return false;
        }
        List<String> names = new ArrayList<>();
        for (String pair : pairs) {
            if (!PARAMETER.matcher(pair).matches()) {
                problems.add(at, "toUri '" + toUri + "': parameter '" + pair + "' must be name=value with a plain name "
                        + "and a value of letters, digits, . _ ~ - and $n (at most 100 characters)");
                return false;
            }
            String name = pair.substring(0, pair.indexOf('='));
            if (names.contains(name)) {
                problems.add(at, "toUri '" + toUri + "' passes parameter '" + name + "' twice");
                return false;
            }
            names.add(name);
        }
        return true;
    }

    /**
     * Forwards that feed each other would never end. Each forward target is tried with its group
     * references left empty and filled with a plain name; one that comes back to a mapping already
     * followed is a start-up error.
     */
    static void checkLoops(VirtualUriMappings mappings, Problems problems) {
        for (VirtualUriMapping m : mappings.mappings()) {
            String forward = VirtualUriMapping.prefix(VirtualUriMapping.Action.FORWARD);
            if (m.toUri().startsWith(VirtualUriMapping.prefix(VirtualUriMapping.Action.REDIRECT))
                    || m.toUri().startsWith(VirtualUriMapping.prefix(VirtualUriMapping.Action.PERMANENT))) {
                continue; // a redirect ends here; the browser's next request is its own
            }
            String target = m.toUri().startsWith(forward) ? m.toUri().substring(forward.length()) : m.toUri();
            for (String fill : List.of("", "a", "a/")) {
                String probe = VirtualUriMappings.pathOf(target.replaceAll("\\$\\d", fill));
                try {
                    mappings.resolve(probe);
                } catch (IllegalStateException e) {
                    problems.add(m.location(), "virtual URI mapping " + m.name() + " forwards in a loop (" + probe
                            + " is mapped again and again: " + e.getMessage().substring(e.getMessage().indexOf(": ") + 2) + ")");
                    break;
                }
            }
        }
    }
}
