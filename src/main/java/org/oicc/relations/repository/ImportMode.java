package org.oicc.relations.repository;

/** What a bootstrap import does when its node (by path or by {@code jcr:uuid}) already exists. */
public enum ImportMode {
    /** Refuse, naming the file and line: the safe default for anything an editor may have touched. */
    FAIL_IF_EXISTS,
    /** Remove the existing node (and any node holding one of the file's uuids), then import. */
    REPLACE
}
