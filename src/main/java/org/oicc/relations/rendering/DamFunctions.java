package org.oicc.relations.rendering;

import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleHash;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import org.oicc.relations.dam.Asset;
import org.oicc.relations.dam.AssetKey;
import org.oicc.relations.dam.AssetStore;
import org.oicc.relations.definition.LightModule;

import javax.jcr.ItemNotFoundException;
import javax.jcr.RepositoryException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/**
 * Magnolia's {@code damfn}, the part templates need for an image: {@code getAsset(itemKey)} (the
 * asset: {@code link}, {@code width}, {@code height}, {@code alt} in the page's language,
 * {@code srcset} of the renditions, {@code mimeType}, {@code fileName}), {@code getAssetLink(itemKey)}
 * and {@code getRendition(itemKey, width)} (a link). Read from the page's side of the {@code dam}
 * workspace: a public page only names published assets; a key that names none gives nothing.
 */
final class DamFunctions {

    private DamFunctions() {
    }

    static SimpleHash model(RenderRequest request, SortedSet<Integer> widths, ObjectWrapper wrapper) {
        SimpleHash fn = new SimpleHash(wrapper);
        fn.put("getAsset", (TemplateMethodModelEx) args -> asset(args, request)
                .map(a -> wrap(a, request, widths, wrapper)).orElse(null));
        fn.put("getAssetLink", (TemplateMethodModelEx) args -> {
            Optional<Asset> a = asset(args, request);
            return a.isEmpty() ? null : wrapper.wrap(request.contextPath() + a.get().link());
        });
        fn.put("getRendition", (TemplateMethodModelEx) args -> {
            Optional<Asset> a = asset(args, request);
            String width = args.size() > 1 && args.get(1) instanceof TemplateScalarModel s ? s.getAsString() : "";
            if (a.isEmpty()) {
                return null;
            }
            boolean known = width.matches("\\d{1,4}") && widths.contains(Integer.parseInt(width));
            return wrapper.wrap(request.contextPath() + (known && Integer.parseInt(width) < a.get().width()
                    ? a.get().renditionLink(Integer.parseInt(width)) : a.get().link()));
        });
        return fn;
    }

    private static Optional<Asset> asset(List<?> args, RenderRequest request) throws TemplateModelException {
        if (args.isEmpty() || !(args.get(0) instanceof TemplateScalarModel s)) {
            return Optional.empty();
        }
        Optional<AssetKey> key = AssetKey.parse(s.getAsString());
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            return AssetStore.of(request.session(LightModule.DAM).getNodeByIdentifier(key.get().identifier()));
        } catch (ItemNotFoundException e) {
            return Optional.empty();
        } catch (RepositoryException | IllegalArgumentException e) {
            throw new TemplateModelException("cannot read asset " + key.get(), e);
        }
    }

    private static TemplateModel wrap(Asset asset, RenderRequest request, SortedSet<Integer> widths, ObjectWrapper wrapper) {
        try {
            String context = request.contextPath();
            List<String> srcset = new ArrayList<>();
            for (int w : widths) {
                if (w < asset.width()) {
                    srcset.add(context + asset.renditionLink(w) + " " + w + "w");
                }
            }
            srcset.add(context + asset.link() + " " + asset.width() + "w");
            String language = request.language();
            String alt = asset.alt(language.equals(request.defaultLanguage()) ? "alt" : "alt_" + language, "alt");
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("itemKey", asset.key().toString());
            m.put("link", context + asset.link());
            m.put("width", asset.width());
            m.put("height", asset.height());
            m.put("alt", alt);
            m.put("altLanguage", asset.alt().containsKey("alt_" + language) || language.equals(request.defaultLanguage())
                    ? language : request.defaultLanguage());
            m.put("mimeType", asset.mimeType());
            m.put("fileName", asset.fileName());
            m.put("srcset", String.join(", ", srcset));
            return wrapper.wrap(m);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }
}
