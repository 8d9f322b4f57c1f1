package org.localvoice.tenancy;

/** Another network already uses the web address slug. */
public class DuplicateSlugException extends RuntimeException {

    public DuplicateSlugException(String slug) {
        super("A network already uses the address " + slug);
    }
}
