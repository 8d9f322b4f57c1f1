package org.localvoice.audit;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * Hook through which the application's wiring tells the audit trail who an authenticated principal is
 * (account and network), without the audit module depending on the accounts module. Without such a
 * bean the trail records the principal's name only.
 */
public interface AuditActors {

    Optional<AuditActor> describe(Authentication authentication);
}
