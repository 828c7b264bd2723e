package org.oicc.relations.delivery.endpoint;

import org.oicc.relations.http.HttpError;

/**
 * A request the delivery endpoint answers with an error, in Magnolia's shape
 * ({@code {"error":{"code":"...","message":"..."}}}, written by
 * {@link org.oicc.relations.http.ErrorBody}). Messages name the parameter at fault.
 */
public final class DeliveryException extends HttpError {

    public DeliveryException(int status, String code, String message) {
        super(status, code, message);
    }

    public static DeliveryException badParameter(String parameter, String problem) {
        return new DeliveryException(400, "invalidValueFormat", "parameter '" + parameter + "': " + problem);
    }

    public static DeliveryException pathNotFound(String path) {
        return new DeliveryException(404, "pathNotFound", path);
    }
}
