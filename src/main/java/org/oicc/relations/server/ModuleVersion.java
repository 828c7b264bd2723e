package org.oicc.relations.server;

import org.w3c.dom.Document;
import org.w3c.dom.Node;
import picocli.CommandLine;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;

/**
 * The module version, read from the descriptor Maven filtered ({@code META-INF/magnolia/oicc-relations.xml}),
 * so {@code --version}, {@code /.health} and Magnolia all report the same number.
 */
public final class ModuleVersion implements CommandLine.IVersionProvider {

    private static final String DESCRIPTOR = "/META-INF/magnolia/oicc-relations.xml";
    private static final String VERSION = read();

    public static String get() {
        return VERSION;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"oicc-relations " + VERSION};
    }

    private static String read() {
        try (InputStream in = ModuleVersion.class.getResourceAsStream(DESCRIPTOR)) {
            if (in == null) {
                return "unknown";
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // The descriptor names Magnolia's module.dtd, which is not here; never fetch anything.
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            Document doc = factory.newDocumentBuilder().parse(in);
            for (Node n = doc.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
                if ("version".equals(n.getNodeName())) {
                    return n.getTextContent().trim();
                }
            }
            return "unknown";
        } catch (Exception e) {
            return "unknown";
        }
    }
}
