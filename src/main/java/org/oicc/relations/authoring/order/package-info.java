/**
 * Page order of the entries of a category across organizations: reading a category's entries in
 * the order the page shows them, the reorder transaction (one JCR save renumbering every affected
 * relationship, all or nothing, refused as stale when the editor's list is out of date), publishing
 * the new order as one publication, and its HTTP API at {@code /.rest/order/v1/}.
 *
 * <p>Uses: {@code content} (which entries are ordered, the write lock), {@code index} (the drafts'
 * index gives a category's entries in order, a page at a time), {@code authoring.publication},
 * {@code authoring.http} (authentication, JSON), {@code authoring.users}, {@code repository}.
 * Used by {@code authoring.ui} (the category screen) and {@code server}.
 */
package org.oicc.relations.authoring.order;
