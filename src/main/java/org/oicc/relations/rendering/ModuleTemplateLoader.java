package org.oicc.relations.rendering;

import freemarker.cache.TemplateLoader;
import org.oicc.relations.definition.ModuleSource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.regex.Pattern;

/**
 * Loads FreeMarker scripts from the light module by Magnolia's names: {@code /oicc-relations/templates/pages/relations.ftl}
 * (FreeMarker drops the leading slash). Names outside the module, or with {@code ..}, are not found.
 */
final class ModuleTemplateLoader implements TemplateLoader {

    private static final Pattern RELATIVE = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]*(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*\\.ftl");

    private final ModuleSource source;
    private final String prefix;

    ModuleTemplateLoader(ModuleSource source) {
        this.source = source;
        this.prefix = source.moduleName() + "/";
    }

    @Override
    public Object findTemplateSource(String name) {
        if (!name.startsWith(prefix)) {
            return null;
        }
        String relative = name.substring(prefix.length());
        if (!RELATIVE.matcher(relative).matches() || relative.contains("..") || !source.exists(relative)) {
            return null;
        }
        return relative;
    }

    /** Unknown: scripts are read once and cached, like the definitions that name them. */
    @Override
    public long getLastModified(Object templateSource) {
        return -1;
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) throws IOException {
        return new InputStreamReader(source.open((String) templateSource), encoding);
    }

    @Override
    public void closeTemplateSource(Object templateSource) {
        // nothing is held open between getReader calls
    }
}
