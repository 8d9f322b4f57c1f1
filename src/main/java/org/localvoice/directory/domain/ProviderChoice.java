package org.localvoice.directory.domain;

import org.localvoice.directory.ProviderKind;

/** A provider chosen on a form: an existing one by its regulator id, or a new one by name and kind. */
public record ProviderChoice(String reference, String name, ProviderKind kind) {

    public boolean isEmpty() {
        return (reference == null || reference.isBlank()) && (name == null || name.isBlank());
    }
}
