/**
 * Paged lookups that cost what they show, not what is stored: an index of the content workspaces
 * kept in step with the repository by JCR observation (local and cluster events alike), answering
 * "one page of items in this order" and "the entries that point at this item" without walking a
 * workspace. Delivery queries, page templates and the authoring lists and pickers all ask it.
 *
 * <p>{@link org.oicc.relations.index.ContentIndex} is the implementation: per workspace the items'
 * kept values (no rich text) in memory, read once at start, then re-read item by item from
 * synchronous observation events, so a save returns after the index has it. Orders of all items
 * are sorted once per change and walked per page; filters are a pass over kept values.
 *
 * <p>Uses the repository and the content model only; it knows no HTTP and no template engine.
 */
package org.oicc.relations.index;
