package org.oicc.relations.definition;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inside Magnolia, AdminCentral's forms come from the apps: each content type needs an app built
 * with {@code !content-type:} (which gives every model property its field), and any field the app
 * configures by hand must be a property of the type (the loader refuses others).
 */
class AppsConsistencyTest {

    private final LightModule module = new LightModuleLoader().load(ModuleSource.classpath("oicc-relations"));

    @Test
    void everyContentTypeHasExactlyOneGeneratedApp() {
        for (ContentTypeDefinition type : module.allContentTypes()) {
            List<AppDefinition> apps = module.apps().values().stream().filter(a -> type.name().equals(a.contentType())).toList();
            assertThat(apps).as("apps for content type %s", type.name()).hasSize(1);
        }
    }

    @Test
    void everyAppBelongsToAContentType() {
        assertThat(module.apps().values()).allSatisfy(app -> assertThat(module.contentType(app.contentType())).isPresent());
    }

    @Test
    void validatorsOnlySitOnStringProperties() {
        for (ContentTypeDefinition type : module.allContentTypes()) {
            for (PropertyDefinition p : type.model().properties()) {
                if (!p.validators().isEmpty()) {
                    assertThat(p.type()).as(type.name() + "." + p.name()).isEqualTo(PropertyType.STRING);
                }
            }
        }
    }
}
