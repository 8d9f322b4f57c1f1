package org.localvoice.tenancy;

/** The local authority already has a network, or is not a current council. */
public class LocalAuthorityTakenException extends RuntimeException {

    public LocalAuthorityTakenException(String gssCode) {
        super("No new network can be created for local authority " + gssCode);
    }
}
