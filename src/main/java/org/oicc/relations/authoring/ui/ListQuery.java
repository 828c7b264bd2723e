package org.oicc.relations.authoring.ui;

import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.index.SortOrder;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * What a list shows, all in its URL so that it works without a script, can be bookmarked and the
 * back button returns to it: {@code ?q=} search text, {@code ?sort=} a column key ({@code -} first
 * for descending), {@code ?page=} from 1. Anything else is refused with a message, not guessed.
 */
record ListQuery(String q, String sort, boolean descending, int page) {

    static final int PAGE_SIZE = 50;
    /** Node name and last change: columns of every list that are no property of the type. */
    static final String NODE = "node";
    static final String MODIFIED = "modified";
    private static final String LAST_MODIFIED = "mgnl:lastModified";
    /** 100,000 items are 2,000 pages; more than this is no page anyone reaches by paging. */
    private static final int MAX_PAGE = 1_000_000;

    static ListQuery parse(String q, String sort, String page, ItemColumns columns) {
        String text = q == null ? "" : q.strip();
        if (text.length() > ReferencePicker.MAX_TEXT) {
            throw UiError.badRequest("error.searchTooLong", ReferencePicker.MAX_TEXT);
        }
        String key = sort == null || sort.isEmpty() ? columns.title().name() : sort;
        boolean descending = key.startsWith("-");
        key = descending ? key.substring(1) : key;
        if (!sortable(key, columns)) {
            throw UiError.badRequest("error.badSort", sort.length() > 40 ? sort.substring(0, 40) + "…" : sort);
        }
        int number = 1;
        if (page != null && !page.isEmpty()) {
            if (!page.matches("\\d{1,7}") || Integer.parseInt(page) < 1 || Integer.parseInt(page) > MAX_PAGE) {
                throw UiError.badRequest("error.badPage");
            }
            number = Integer.parseInt(page);
        }
        return new ListQuery(text, key, descending, number);
    }

    private static boolean sortable(String key, ItemColumns columns) {
        return NODE.equals(key) || MODIFIED.equals(key) || columns.searchable().contains(key);
    }

    /** The index's order: a text column in the UI language, the node name, or the last change. */
    SortOrder order(String language) {
        return switch (sort) {
            case NODE -> new SortOrder(SortOrder.NAME, null, descending);
            case MODIFIED -> new SortOrder(LAST_MODIFIED, null, descending);
            default -> new SortOrder(sort, language, descending);
        };
    }

    int offset() {
        return (page - 1) * PAGE_SIZE;
    }

    ListQuery onPage(int number) {
        return new ListQuery(q, sort, descending, number);
    }

    /**
     * The heading link of a column: sorted by it ascending, or descending when it is sorted
     * ascending already (the last change newest first); back to the first page.
     */
    ListQuery sortedBy(String key) {
        boolean desc = key.equals(sort) ? !descending : MODIFIED.equals(key);
        return new ListQuery(q, key, desc, 1);
    }

    /** {@code aria-sort} of a column: ascending, descending or none. */
    String ariaSort(String key) {
        return !key.equals(sort) ? "none" : descending ? "descending" : "ascending";
    }

    /** The list URL for this state, leaving out what is the default so plain links stay plain. */
    String url(String listUrl, PropertyDefinition title) {
        StringJoiner params = new StringJoiner("&", "?", "").setEmptyValue("");
        if (!q.isEmpty()) {
            params.add("q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        if (!sort.equals(title.name()) || descending) {
            params.add("sort=" + (descending ? "-" : "") + sort);
        }
        if (page > 1) {
            params.add("page=" + page);
        }
        return listUrl + params;
    }
}
