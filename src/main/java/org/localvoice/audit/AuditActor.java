package org.localvoice.audit;

import java.util.UUID;

/** Who did something, as the audit trail records it: a name (an e-mail address), their account and network. */
public record AuditActor(String name, UUID accountId, UUID networkId) {

    /** Someone who is not signed in. */
    public static final String ANONYMOUS = "anonymous";
    /** Work the platform does by itself. */
    public static final String SYSTEM = "system";

    public static AuditActor named(String name) {
        return new AuditActor(name, null, null);
    }
}
