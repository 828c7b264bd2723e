package org.oicc.relations.delivery.node;

/** The identifiers a reference may name, told apart from other strings without a regex per value. */
final class Uuids {

    private Uuids() {
    }

    /** 8-4-4-4-12 hexadecimal digits, either case: what {@code SessionScope#nodeByIdentifier} accepts. */
    static boolean isUuid(String id) {
        if (id == null || id.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = id.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-'
                    : c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
