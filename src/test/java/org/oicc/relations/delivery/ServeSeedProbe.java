package org.oicc.relations.delivery;

import org.oicc.relations.testing.TestSite;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A scratch tool, not a test: the seed's public site on a real Jetty (port 0), served until the
 * process is stopped, for profiling a request path (wrk against it, JFR in the JVM) without the
 * 100,000-item data folder. Prints {@code Serving on http://127.0.0.1:PORT/}.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) org.oicc.relations.delivery.ServeSeedProbe DIR</pre>
 */
public final class ServeSeedProbe {

    private ServeSeedProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        try (TestSite site = TestSite.builder().combined().site().start(dir)) {
            System.out.println("Serving on " + site.base() + "/");
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
