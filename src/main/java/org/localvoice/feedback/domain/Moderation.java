package org.localvoice.feedback.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.access.CurrentUser;
import org.localvoice.audit.AuditableChange;
import org.localvoice.directory.Directory;
import org.localvoice.directory.PremisesSummary;
import org.localvoice.feedback.ExperiencePublished;
import org.localvoice.feedback.ViewStatus;
import org.localvoice.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A moderator's decision on a view: publish (or, without consent to publish, accept as evidence only),
 * hold, or reject with a reason, with the text as redacted. A decision made on an older version of the
 * view than the current one is refused (two moderators at once: the second is told). Every decision and
 * every redaction is audited, without the text.
 */
@Service
public class Moderation {

    /** What the moderator decided. */
    public enum Decision {
        PUBLISH, HOLD, REJECT
    }

    private final Experiences experiences;
    private final ExperienceRepository repository;
    private final OriginalTextRepository originals;
    private final ExperienceContactRepository contacts;
    private final FeedbackMail mail;
    private final ApplicationEventPublisher events;
    private final Directory directory;

    Moderation(Experiences experiences, ExperienceRepository repository, OriginalTextRepository originals,
            ExperienceContactRepository contacts, FeedbackMail mail, ApplicationEventPublisher events, Directory directory) {
        this.directory = directory;
        this.experiences = experiences;
        this.repository = repository;
        this.originals = originals;
        this.contacts = contacts;
        this.mail = mail;
        this.events = events;
    }

    @PreAuthorize("hasRole('HOST_STAFF')")
    @Transactional
    public Experience decide(UUID id, long version, Decision decision, String text, String reason) {
        Experience view = experiences.find(id).orElseThrow(() -> new java.util.NoSuchElementException("No view " + id));
        if (view.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Experience.class, id);
        }
        if (view.isSafeguardingOpen() && decision == Decision.PUBLISH) {
            throw new IllegalStateException("A view with an open safeguarding concern cannot be published");
        }
        ViewStatus status = switch (decision) {
            case PUBLISH -> view.publishable() ? ViewStatus.PUBLISHED : ViewStatus.ACCEPTED;
            case HOLD -> ViewStatus.HELD;
            case REJECT -> ViewStatus.REJECTED;
        };
        boolean edited = !view.getText().equals(text);
        String moderator = CurrentUser.get().map(CurrentUser::email).orElse("system");
        view.moderate(status, text, edited, decision == Decision.PUBLISH ? null : reason, moderator, Instant.now());
        repository.saveAndFlush(view);
        UUID network = TenantContext.requireNetwork();
        if (edited) {
            events.publishEvent(new AuditableChange(network, "Experience", id, "redacted", view.getReference()
                    + ": text edited from " + lengthOf(id) + " to " + text.length() + " characters"));
        }
        events.publishEvent(new AuditableChange(network, "Experience", id, "moderated", view.getReference() + " " + status));
        if (status == ViewStatus.PUBLISHED) {
            events.publishEvent(new ExperiencePublished(network, id, view.getPremisesId(), view.getProviderId()));
        }
        if (status == ViewStatus.REJECTED) {
            contacts.findByExperienceId(id).flatMap(ExperienceContact::emailToWrite)
                    .ifPresent(email -> mail.rejected(view, email, reason));
        }
        return view;
    }

    /**
     * Links a view to the care premises it is about, found in the directory (for a view given with the
     * service's name typed in): the view then carries the premises, its provider (who runs the service
     * there, else the owner) and the directory's name for it. Audited with the name it had before.
     *
     * @throws java.util.NoSuchElementException    when the view is not the current network's
     * @throws IllegalArgumentException            when there are no such premises in the directory
     * @throws ObjectOptimisticLockingFailureException when the view changed since {@code version} was read
     */
    @PreAuthorize("hasRole('HOST_STAFF')")
    @Transactional
    public Experience linkService(UUID id, long version, UUID premisesId) {
        Experience view = experiences.find(id).orElseThrow(() -> new java.util.NoSuchElementException("No view " + id));
        if (view.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Experience.class, id);
        }
        PremisesSummary premises = (premisesId == null ? Optional.<PremisesSummary>empty() : directory.premises(premisesId))
                .orElseThrow(() -> new IllegalArgumentException("No premises " + premisesId));
        String before = view.getServiceName();
        UUID provider = premises.controllerId() != null ? premises.controllerId() : premises.ownerId();
        view.linkPremises(premises.id(), provider, premises.name());
        repository.saveAndFlush(view);
        String detail = view.getReference() + ": linked to " + premises.name() + " (" + premises.id() + "), was \""
                + (before.length() > 120 ? before.substring(0, 120) : before) + "\"";
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "Experience", id, "service linked",
                detail.length() > 480 ? detail.substring(0, 480) : detail));
        return view;
    }

    /** The text exactly as given, before redaction: host managers only, and each reading is audited. */
    @PreAuthorize("hasRole('HOST_MANAGER')")
    @Transactional
    public Optional<String> original(UUID id) {
        Optional<String> text = experiences.find(id).flatMap(v -> originals.findByExperienceId(id)).map(OriginalText::getText);
        text.ifPresent(t -> events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "Experience", id,
                "original text read", null)));
        return text;
    }

    /** Erases the person behind a view (on their request); the anonymised view stays. Host managers only. */
    @PreAuthorize("hasRole('HOST_MANAGER')")
    @Transactional
    public boolean eraseContact(UUID id) {
        Optional<ExperienceContact> contact = experiences.find(id).flatMap(v -> contacts.findByExperienceId(id));
        contact.ifPresent(c -> {
            contacts.delete(c);
            events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "Experience", id,
                    "contact details erased", null));
        });
        return contact.isPresent();
    }

    private int lengthOf(UUID id) {
        return originals.findByExperienceId(id).map(o -> o.getText().length()).orElse(0);
    }
}
