package org.localvoice.audit.domain;

import java.util.Optional;
import org.localvoice.audit.AuditActor;
import org.localvoice.audit.AuditActors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Describes an authenticated principal through the {@link AuditActors} hook, or by its name alone. */
@Component
public class CurrentActor {

    private final ObjectProvider<AuditActors> actors;

    CurrentActor(ObjectProvider<AuditActors> actors) {
        this.actors = actors;
    }

    /** The signed-in actor of this thread, if any. */
    public Optional<AuditActor> get() {
        return describe(SecurityContextHolder.getContext().getAuthentication());
    }

    public Optional<AuditActor> describe(Authentication auth) {
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        AuditActors hook = actors.getIfAvailable();
        Optional<AuditActor> described = hook == null ? Optional.empty() : hook.describe(auth);
        return described.isPresent() ? described : Optional.ofNullable(auth.getName()).map(AuditActor::named);
    }
}
