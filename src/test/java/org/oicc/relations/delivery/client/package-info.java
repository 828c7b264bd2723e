/** Tests of the delivery API through the Java client generated from its own OpenAPI document. */
package org.oicc.relations.delivery.client;
