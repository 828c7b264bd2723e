package org.oicc.relations.delivery.query;

import org.oicc.relations.delivery.endpoint.DeliveryException;
import org.oicc.relations.delivery.endpoint.Printable;
import org.oicc.relations.delivery.query.FilterValues.Typed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A {@code [like]} pattern with JCR-SQL2's meaning, which Magnolia's endpoint passes on as it is:
 * {@code %} any run of characters (none included), {@code _} exactly one, {@code \} escapes the next
 * character ({@code \%}, {@code \_}, {@code \\}); everything else, case included, matches itself and
 * the whole value must match. The quirks of Jackrabbit's translation are kept too: an escaped letter
 * or digit stands for a backslash and that character, a trailing lone {@code \} is dropped.
 *
 * <p>Why the module matches rather than the repository: Jackrabbit turns {@code LIKE} into a
 * {@code java.util.regex} with {@code .*} per {@code %} and runs it over every stored value of the
 * property ({@code WildcardTermEnum.termCompare}); on a 300-character rich text
 * {@code %e%e%e%e%e%e%e%e%QQQ} backtracked for 7.8 s of CPU and each further {@code %e} multiplied
 * that (issue 13, D1). Here the pattern is cut at its {@code %} runs into fixed-width pieces, and
 * each piece is found at its leftmost place after the previous one, which is enough for a pattern
 * with only {@code %} and {@code _} (a later place can never leave more room for what follows).
 * That costs at most value length × pattern length character comparisons, with no backtracking.
 * Length and {@code %} count are capped as well, so a single value costs little whatever is sent.
 */
final class LikePattern implements Typed {

    /** In code points: long enough for any phrase a reader looks for. */
    static final int MAX_LENGTH = 100;
    /** Runs of {@code %} after {@code %%} is taken as one. */
    static final int MAX_ANY_RUNS = 10;
    private static final int ONE = -1;

    private final String text;
    /** The fixed-width pieces between runs of {@code %}; {@link #ONE} stands for {@code _}. */
    private final int[][] pieces;
    private final boolean openStart;
    private final boolean openEnd;

    private LikePattern(String text, int[][] pieces, boolean openStart, boolean openEnd) {
        this.text = text;
        this.pieces = pieces;
        this.openStart = openStart;
        this.openEnd = openEnd;
    }

    /** @throws DeliveryException 400 naming the parameter when the pattern is too long or has too many {@code %} */
    static LikePattern parse(String parameter, String pattern) {
        if (pattern.codePointCount(0, pattern.length()) > MAX_LENGTH) {
            throw DeliveryException.badParameter(Printable.of(parameter), "a like pattern has at most " + MAX_LENGTH
                    + " characters");
        }
        List<int[]> pieces = new ArrayList<>();
        List<Integer> piece = new ArrayList<>();
        boolean escaped = false;
        boolean openStart = false;
        boolean lastWasAny = false;
        int anyRuns = 0;
        for (int i = 0; i < pattern.length(); i += Character.charCount(pattern.codePointAt(i))) {
            int c = pattern.codePointAt(i);
            boolean any = false;
            if (escaped) {
                if (Character.isLetterOrDigit(c)) {
                    piece.add((int) '\\');
                }
                piece.add(c);
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '%') {
                any = true;
                if (!lastWasAny) {
                    anyRuns++;
                    if (pieces.isEmpty() && piece.isEmpty()) {
                        openStart = true;
                    } else {
                        pieces.add(toArray(piece));
                        piece.clear();
                    }
                }
            } else {
                piece.add(c == '_' ? ONE : c);
            }
            lastWasAny = any;
        }
        if (anyRuns > MAX_ANY_RUNS) {
            throw DeliveryException.badParameter(Printable.of(parameter), "a like pattern has at most " + MAX_ANY_RUNS
                    + " '%' wildcards");
        }
        boolean openEnd = lastWasAny;
        if (!openEnd) {
            pieces.add(toArray(piece));
        }
        return new LikePattern(pattern, pieces.toArray(int[][]::new), openStart, openEnd);
    }

    /** True when the whole value matches. */
    boolean matches(String value) {
        int[] v = value.codePoints().toArray();
        if (pieces.length == 0) {
            return true; // only %
        }
        int from = 0;
        int to = v.length;
        int first = 0;
        int last = pieces.length - 1;
        if (!openStart) {
            if (!at(pieces[0], v, 0)) {
                return false;
            }
            from = pieces[0].length;
            first = 1;
        }
        if (!openEnd && first <= last) {
            int[] tail = pieces[last];
            if (to - tail.length < from || !at(tail, v, to - tail.length)) {
                return false;
            }
            to -= tail.length;
            last--;
        } else if (!openEnd && !openStart && pieces.length == 1) {
            return v.length == pieces[0].length; // no % at all: the one piece is the whole value
        }
        for (int p = first; p <= last; p++) {
            int found = find(pieces[p], v, from, to);
            if (found < 0) {
                return false;
            }
            from = found + pieces[p].length;
        }
        return true;
    }

    private static int find(int[] piece, int[] v, int from, int to) {
        for (int i = from; i + piece.length <= to; i++) {
            if (at(piece, v, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean at(int[] piece, int[] v, int start) {
        if (start < 0 || start + piece.length > v.length) {
            return false;
        }
        for (int i = 0; i < piece.length; i++) {
            if (piece[i] != ONE && piece[i] != v[start + i]) {
                return false;
            }
        }
        return true;
    }

    private static int[] toArray(List<Integer> piece) {
        return piece.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public String toString() {
        return text + " " + Arrays.deepToString(pieces);
    }
}
