package org.localvoice.powers.domain;

import java.util.UUID;

/**
 * Who owes a duty: a name as written to, and where known the directory provider (or commissioner), a
 * contact e-mail for reminders, and the party's own record within the case (a report recipient).
 */
public record Party(String name, UUID providerId, String email, UUID ref) {

    public Party {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A party needs a name");
        }
    }
}
