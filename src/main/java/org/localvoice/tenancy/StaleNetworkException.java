package org.localvoice.tenancy;

/** Someone else changed the network after the details being saved were read. */
public class StaleNetworkException extends RuntimeException {

    public StaleNetworkException() {
        super("The network was changed by someone else after these details were read");
    }
}
