package org.oicc.relations.definition;

/**
 * A REST endpoint of the light module ({@code restEndpoints/**.yaml}), served at
 * {@code /.rest/<path>}. The path comes from the file's place as Magnolia derives it
 * ({@code restEndpoints/delivery/organizations_v1.yaml} → {@code delivery/organizations/v1}) or from
 * {@code endpointPath}.
 */
public sealed interface EndpointDefinition permits DeliveryEndpointDefinition, RelationsViewDefinition {

    /** The registry id: the file's path under {@code restEndpoints/} without {@code .yaml}. */
    String name();

    /** Without leading or trailing slash, e.g. {@code delivery/organizations/v1}. */
    String path();

    Location location();
}
