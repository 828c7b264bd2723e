package org.oicc.relations.authoring.users;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Which client an address stands for when counting login attempts: an IPv4 address as it is, an
 * IPv6 address by its /64 prefix, since one subscriber usually holds a whole /64 and could otherwise
 * take a fresh address for every few guesses.
 */
final class ClientAddress {

    /** Only literals are parsed, so that grouping never starts a DNS lookup. */
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private ClientAddress() {
    }

    static String group(String address) {
        if (address == null) {
            return "";
        }
        String bare = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        int zone = bare.indexOf('%');
        if (zone >= 0) {
            bare = bare.substring(0, zone);
        }
        if (bare.indexOf(':') < 0 || !IPV6_LITERAL.matcher(bare).matches()) {
            return address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(bare);
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress();
            }
            byte[] bytes = parsed.getAddress();
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
