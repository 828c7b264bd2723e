/**
 * Paged lookups that cost what they show, not what is stored: an index of the content workspaces
 * kept in step with the repository by JCR observation (local and cluster events alike), answering
 * "one page of items in this order" and "the entries that point at this item" without walking a
 * workspace. Delivery queries, page templates and the authoring lists and pickers all ask it.
 *
 * <p>Uses the repository and the content model only; it knows no HTTP and no template engine.
 */
package org.oicc.relations.index;
