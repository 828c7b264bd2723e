package org.oicc.relations.repository;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a node name or path from outside (a URL, a form, the command line) is safe to hand to
 * the repository. Each {@link Rule} is one set of names some input may use; anything else never
 * reaches a lookup, so no path can climb out of its root or smuggle JCR syntax ({@code [1]},
 * {@code *}, {@code ..}) in.
 */
public final class ClientPaths {

    /** The names an input may use. */
    public enum Rule {
        /**
         * Item names: lower-case slugs of at most 100 characters. They become URL segments
         * ({@code /.rest/delivery/organizations/v1/iula}), so nothing needs escaping or case folding.
         */
        ITEM_NAME(Pattern.compile("[a-z0-9][a-z0-9-]{0,99}")),
        /**
         * Names in request URLs (delivery endpoints, the Nodes API): letters and digits of any script,
         * {@code _}, and {@code . : -} after the first character, never {@code ..}.
         */
        URL(Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_.:-]*")),
        /**
         * Segments of page URLs: ASCII letters, digits, {@code _ -}, at most 100 characters, no dots
         * (the {@code .html} extension is the only one), so a page URL can never name a property.
         */
        PAGE(Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}")),
        /**
         * Paths an operator types on the command line: any JCR name except {@code .}, {@code ..} and
         * names holding JCR syntax ({@code [ ] | * " '}) or control characters.
         */
        COMMAND_LINE(null);

        private final Pattern pattern;

        Rule(Pattern pattern) {
            this.pattern = pattern;
        }

        public boolean allows(String name) {
            if (name == null || name.isEmpty()) {
                return false;
            }
            if (pattern == null) {
                return !".".equals(name) && !"..".equals(name)
                        && name.chars().noneMatch(c -> "[]|*\"'".indexOf(c) >= 0 || Character.isISOControl(c));
            }
            return pattern.matcher(name).matches() && !name.contains("..");
        }
    }

    private ClientPaths() {
    }

    /**
     * The path, without a trailing {@code /}, if it is absolute and every name in it follows the
     * rule; {@code /} itself is allowed.
     */
    public static Optional<String> checked(String path, Rule rule) {
        if (path == null || !path.startsWith("/")) {
            return Optional.empty();
        }
        return refusedName(path, rule).isPresent() ? Optional.empty() : Optional.of(trimmed(path));
    }

    /** The first name of an absolute path the rule refuses (an empty one for {@code //}), for messages. */
    public static Optional<String> refusedName(String path, Rule rule) {
        String p = trimmed(path);
        if (JcrPaths.ROOT.equals(p)) {
            return Optional.empty();
        }
        for (String name : p.substring(1).split("/", -1)) {
            if (!rule.allows(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static String trimmed(String path) {
        return path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    }
}
