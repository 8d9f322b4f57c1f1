package org.localvoice.feedback.domain;

import java.util.Optional;
import java.util.UUID;
import org.localvoice.access.CurrentUser;
import org.localvoice.audit.AuditableChange;
import org.localvoice.feedback.ExperienceSubmitted;
import org.localvoice.feedback.ViewStatus;
import org.localvoice.shared.TenantContext;
import org.localvoice.tenancy.Networks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording views and reading them, always within the current network. The parts of the feedback
 * module that build on views (themes, replies, impact) read them here.
 */
@Service
public class Experiences {

    private final ExperienceRepository experiences;
    private final ExperienceContactRepository contacts;
    private final OriginalTextRepository originals;
    private final SafeguardingKeywords keywords;
    private final Safeguarding safeguarding;
    private final FeedbackMail mail;
    private final Networks networks;
    private final ApplicationEventPublisher events;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final References references = new References();

    Experiences(ExperienceRepository experiences, ExperienceContactRepository contacts, OriginalTextRepository originals,
            SafeguardingKeywords keywords, Safeguarding safeguarding, FeedbackMail mail, Networks networks,
            ApplicationEventPublisher events, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.experiences = experiences;
        this.contacts = contacts;
        this.originals = originals;
        this.keywords = keywords;
        this.safeguarding = safeguarding;
        this.mail = mail;
        this.networks = networks;
        this.events = events;
        this.jdbc = jdbc;
    }

    /**
     * Records a view for the current network: a new reference, the text as given kept apart, the person
     * kept apart, a receipt to the address given, and the automatic safeguarding check.
     */
    @Transactional
    public Experience record(NewExperience view) {
        UUID network = TenantContext.requireNetwork();
        String slug = networks.findById(network).orElseThrow().slug();
        String reference = references.next(slug);
        for (int i = 0; i < 10 && experiences.existsByReference(reference); i++) {
            reference = references.next(slug);
        }
        String recordedBy = CurrentUser.get().map(CurrentUser::email).orElse(null);
        Experience saved = experiences.save(new Experience(reference, view, recordedBy));
        originals.save(new OriginalText(saved.getId(), view.text()));
        if (view.contact() != null && !view.contact().empty()) {
            contacts.save(new ExperienceContact(saved.getId(), view.contact()));
            if (view.contact().email() != null && !view.contact().email().isBlank()) {
                mail.receipt(saved, view.contact().email());
            }
        }
        events.publishEvent(new ExperienceSubmitted(network, saved.getId(), saved.getPremisesId(), saved.getChannel()));
        events.publishEvent(new AuditableChange(network, "Experience", saved.getId(), "recorded",
                saved.getReference() + " (" + saved.getChannel() + ")"));
        keywords.firstIn(view.text()).ifPresent(k -> safeguarding.flagAutomatically(saved, k));
        return saved;
    }

    /** A view of the current network. */
    @Transactional(readOnly = true)
    public Optional<Experience> find(UUID id) {
        Optional<UUID> network = TenantContext.currentNetwork();
        return network.isEmpty() || id == null ? Optional.empty()
                : experiences.findById(id).filter(e -> network.get().equals(e.getNetworkId()));
    }

    @Transactional(readOnly = true)
    public Optional<Experience> findByReference(String reference) {
        return TenantContext.currentNetwork().isEmpty() ? Optional.empty()
                : experiences.findByReference(References.normalise(reference));
    }

    /** The moderation queue: views without an open safeguarding concern, of a status (all when null). */
    @Transactional(readOnly = true)
    public Page<Experience> queue(ViewStatus status, Pageable page) {
        return status == null ? experiences.findBySafeguardingOpen(false, page)
                : experiences.findBySafeguardingOpenAndStatus(false, status, page);
    }

    /** Published views, of one premises when given. */
    @Transactional(readOnly = true)
    public Page<Experience> published(UUID premisesId, Pageable page) {
        return premisesId == null ? experiences.findByStatus(ViewStatus.PUBLISHED, page)
                : experiences.findByStatusAndPremisesId(ViewStatus.PUBLISHED, premisesId, page);
    }

    /**
     * Pages count at most this many views past the page's own offset: an exact count of a network with
     * hundreds of thousands of views costs far more than the page (see bench/README.md). A page whose total
     * is {@code offset + COUNT_CAP + 1} has "more than" that many; see {@link #countCapped(Page)}.
     */
    public static final int COUNT_CAP = 1000;

    /** The moderation queue as {@link #queue}, with the total counted only up to {@link #COUNT_CAP} past the page. */
    @Transactional(readOnly = true)
    public Page<Experience> queueCapped(ViewStatus status, Pageable page) {
        var content = status == null ? experiences.findSliceBySafeguardingOpen(false, page)
                : experiences.findSliceBySafeguardingOpenAndStatus(false, status, page);
        return capped(content, page, "safeguarding_open = FALSE" + (status == null ? "" : " AND status = ?"),
                status == null ? new Object[0] : new Object[] {status.name()});
    }

    /** Published views as {@link #published}, with the total counted only up to {@link #COUNT_CAP} past the page. */
    @Transactional(readOnly = true)
    public Page<Experience> publishedCapped(UUID premisesId, Pageable page) {
        var content = premisesId == null ? experiences.findSliceByStatus(ViewStatus.PUBLISHED, page)
                : experiences.findSliceByStatusAndPremisesId(ViewStatus.PUBLISHED, premisesId, page);
        return capped(content, page, "status = 'PUBLISHED'" + (premisesId == null ? "" : " AND premises_id = ?"),
                premisesId == null ? new Object[0] : new Object[] {premisesId});
    }

    /** Whether a page from {@link #queueCapped} or {@link #publishedCapped} has more views than its total says. */
    public static boolean countCapped(Page<?> page) {
        return page.getTotalElements() > page.getPageable().getOffset() + COUNT_CAP;
    }

    private Page<Experience> capped(org.springframework.data.domain.Slice<Experience> content, Pageable page, String where,
            Object[] args) {
        if (!content.hasNext() && (page.getPageNumber() == 0 || !content.isEmpty())) {
            return new org.springframework.data.domain.PageImpl<>(content.getContent(), page, page.getOffset() + content.getNumberOfElements());
        }
        Object[] all = new Object[args.length + 2];
        all[0] = TenantContext.requireNetwork();
        System.arraycopy(args, 0, all, 1, args.length);
        all[all.length - 1] = page.getOffset() + COUNT_CAP + 1;
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 FROM feedback_experience WHERE network_id = ? AND " + where
                + " FETCH FIRST ? ROWS ONLY) v", Long.class, all);
        return new org.springframework.data.domain.PageImpl<>(content.getContent(), page, total == null ? 0 : total);
    }

    /** The person behind a view, if they gave any details and they have not been erased. */
    @Transactional(readOnly = true)
    public Optional<ExperienceContact> contact(UUID experienceId) {
        return contacts.findByExperienceId(experienceId);
    }

    @Transactional(readOnly = true)
    public long count(boolean safeguardingOpen, ViewStatus status) {
        return status == null ? experiences.countBySafeguardingOpen(safeguardingOpen)
                : experiences.countBySafeguardingOpenAndStatus(safeguardingOpen, status);
    }
}
