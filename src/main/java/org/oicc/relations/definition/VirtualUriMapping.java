package org.oicc.relations.definition;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code virtualUriMappings/<name>.yaml}: a request URI (without context path, as sent) that
 * matches {@code fromUri} is served as {@code toUri}. Two of Magnolia's classes are honoured:
 * {@link Kind#REGEXP} ({@code RegexpVirtualUriMapping}: a regular expression found in the URI, the
 * URI rewritten by it with {@code $n} group references, weight = groups + 1) and {@link Kind#DEFAULT}
 * ({@code DefaultVirtualUriMapping}: a whole-URI pattern where {@code *} is any text and {@code ?}
 * one character, a fixed target, weight = length of the pattern). The prefix of the result says what
 * happens: {@code forward:} (or none) serves the target in place, {@code redirect:} answers 302,
 * {@code permanent:} 301.
 */
public record VirtualUriMapping(String name, Kind kind, String fromUri, String toUri, Pattern from, Location location) {

    public enum Kind { REGEXP, DEFAULT }

    public enum Action { FORWARD, REDIRECT, PERMANENT }

    /** What a URI maps to: the action, the target without prefix, and the weight that ranks competing mappings. */
    public record Match(VirtualUriMapping mapping, Action action, String target, int weight) {
    }

    public Optional<Match> map(String uri) {
        Matcher m = from.matcher(uri);
        if (kind == Kind.DEFAULT) {
            return m.matches() ? Optional.of(match(toUri, fromUri.length())) : Optional.empty();
        }
        if (!m.find()) {
            return Optional.empty();
        }
        // as Magnolia does: the URI with every match replaced, so an anchored pattern yields toUri expanded
        return Optional.of(match(m.replaceAll(toUri), from.matcher("").groupCount() + 1));
    }

    private Match match(String result, int weight) {
        for (Action action : Action.values()) {
            String prefix = prefix(action);
            if (result.startsWith(prefix)) {
                return new Match(this, action, result.substring(prefix.length()), weight);
            }
        }
        // Magnolia rewrites the URI internally when there is no prefix; here that is a forward
        return new Match(this, Action.FORWARD, result, weight);
    }

    static String prefix(Action action) {
        return switch (action) {
            case FORWARD -> "forward:";
            case REDIRECT -> "redirect:";
            case PERMANENT -> "permanent:";
        };
    }

    /** A DefaultVirtualUriMapping pattern as a regular expression: {@code *} any text, {@code ?} one character. */
    static Pattern simplePattern(String pattern) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '*' || c == '?') {
                if (!literal.isEmpty()) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
