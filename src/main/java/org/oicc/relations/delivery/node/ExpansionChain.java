package org.oicc.relations.delivery.node;

import org.oicc.relations.delivery.endpoint.Language;
import org.oicc.relations.repository.SessionScope;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The state of writing one top-level node: its language, the answer's sessions, and the chain of
 * nodes being expanded — the top-level node first, then each reference expanded inside it. The
 * chain tells a cycle (A → B → A) from a mere repetition, and its length is the reference level.
 */
final class ExpansionChain {

    private final Language language;
    private final SessionScope sessions;
    private final Deque<String> expanding = new ArrayDeque<>();

    ExpansionChain(Language language, SessionScope sessions, String topLevelId) {
        this.language = language;
        this.sessions = sessions;
        expanding.push(topLevelId);
    }

    Language language() {
        return language;
    }

    SessionScope sessions() {
        return sessions;
    }

    /** How many references enclose the node being written (0 in the top-level node and its children). */
    int referenceLevel() {
        return expanding.size() - 1;
    }

    boolean isExpanding(String id) {
        return expanding.contains(id);
    }

    void enter(String id) {
        expanding.push(id);
    }

    void leave() {
        expanding.pop();
    }
}
