package org.oicc.relations.definition;

/** A content type of the light module; its registry id is the file name without {@code .yaml}. */
public record ContentTypeDefinition(String name, DatasourceDefinition datasource, ModelDefinition model, Location location) {

    public String workspace() {
        return datasource.workspace();
    }

    public String nodeType() {
        return model.nodeType();
    }
}
