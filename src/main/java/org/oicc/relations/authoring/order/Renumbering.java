package org.oicc.relations.authoring.order;

import org.oicc.relations.content.OrderedEntries;

import java.util.Arrays;

/**
 * New positions for entries in a wanted order, rewriting as few as it can: the longest run of
 * entries whose present positions already increase in the wanted order keeps them (a longest
 * increasing subsequence), and only the others get new numbers, spread in the gaps between their
 * kept neighbours. Moving one entry thus rewrites one position while its gap has room; when it has
 * none the caller renumbers more widely.
 */
final class Renumbering {

    private Renumbering() {
    }

    /**
     * @param positions the entries' present positions in the wanted order (null: none)
     * @param low       every new position must be above this (the entry before the window), null: no bound
     * @param high      and below this (the entry after the window), null: no bound
     * @return the new positions in the wanted order, strictly increasing, or null when the gaps have no room
     */
    static long[] place(Long[] positions, Long low, Long high) {
        boolean[] keep = increasing(positions, low, high);
        long[] out = new long[positions.length];
        Long left = low;
        int runStart = 0;
        for (int i = 0; i <= positions.length; i++) {
            if (i == positions.length || keep[i]) {
                Long right = i == positions.length ? high : positions[i];
                if (!fill(out, runStart, i, left, right)) {
                    return null;
                }
                if (i < positions.length) {
                    out[i] = positions[i];
                    left = positions[i];
                }
                runStart = i + 1;
            }
        }
        return out;
    }

    /** Every entry renumbered evenly between the bounds, or null without room. */
    static long[] spread(int count, Long low, Long high) {
        long[] out = new long[count];
        return fill(out, 0, count, low, high) ? out : null;
    }

    /** Positions for out[from..to), strictly between left and right. */
    private static boolean fill(long[] out, int from, int to, Long left, Long right) {
        int k = to - from;
        if (k == 0) {
            return true;
        }
        long gap = OrderedEntries.GAP;
        if (left == null && right == null) {
            for (int j = 0; j < k; j++) {
                out[from + j] = gap * (j + 1);
            }
        } else if (left == null) {
            for (int j = 0; j < k; j++) {
                out[from + j] = right - gap * (k - j);
            }
        } else if (right == null) {
            for (int j = 0; j < k; j++) {
                out[from + j] = left + gap * (j + 1);
            }
        } else {
            long step = (right - left) / (k + 1);
            if (step < 1) {
                return false;
            }
            for (int j = 0; j < k; j++) {
                out[from + j] = left + step * (j + 1);
            }
        }
        return true;
    }

    /** Marks a longest strictly increasing subsequence of the positions inside the bounds (patience sorting, n log n). */
    static boolean[] increasing(Long[] p, Long low, Long high) {
        int n = p.length;
        int[] tails = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            previous[i] = -1;
            if (p[i] == null || (low != null && p[i] <= low) || (high != null && p[i] >= high)) {
                continue;
            }
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (p[tails[mid]] < p[i]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = i;
            if (lo == length) {
                length++;
            }
        }
        boolean[] keep = new boolean[n];
        Arrays.fill(keep, false);
        for (int i = length == 0 ? -1 : tails[length - 1]; i >= 0; i = previous[i]) {
            keep[i] = true;
        }
        return keep;
    }
}
