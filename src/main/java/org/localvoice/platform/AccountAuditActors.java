package org.localvoice.platform;

import java.util.Optional;
import org.localvoice.access.AccountPrincipal;
import org.localvoice.access.CurrentUser;
import org.localvoice.audit.AuditActor;
import org.localvoice.audit.AuditActors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Wiring: tells the audit trail which account and network a signed-in principal belongs to. */
@Component
class AccountAuditActors implements AuditActors {

    @Override
    public Optional<AuditActor> describe(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            CurrentUser user = principal.user();
            return Optional.of(new AuditActor(user.email(), user.accountId(), user.networkId()));
        }
        return Optional.empty();
    }
}
