package org.oicc.relations.delivery.endpoint;

/**
 * A request the endpoint answers with an error, in Magnolia's shape
 * ({@code {"error":{"code":"...","message":"..."}}}). Messages name the parameter at fault and never
 * carry a stack trace or repository internals.
 */
public final class DeliveryException extends RuntimeException {

    private final int status;
    private final String code;

    public DeliveryException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static DeliveryException badParameter(String parameter, String problem) {
        return new DeliveryException(400, "invalidValueFormat", "parameter '" + parameter + "': " + problem);
    }

    public static DeliveryException pathNotFound(String path) {
        return new DeliveryException(404, "pathNotFound", path);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
