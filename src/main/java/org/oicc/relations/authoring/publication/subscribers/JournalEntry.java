package org.oicc.relations.authoring.publication.subscribers;

import java.time.Instant;

/**
 * One queued publication, without its body (read from its file when sent, so a long queue costs
 * little memory).
 *
 * @param parent for a put, where the item goes; null for a removal
 */
public record JournalEntry(long sequence, boolean removal, String workspace, String path, String parent, String user,
                           Instant at) {
}
