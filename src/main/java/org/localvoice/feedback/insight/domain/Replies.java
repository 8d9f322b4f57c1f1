package org.localvoice.feedback.insight.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.localvoice.access.CurrentUser;
import org.localvoice.audit.AuditableChange;
import org.localvoice.directory.Directory;
import org.localvoice.directory.ProviderSummary;
import org.localvoice.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service replies: a service responder sees the published views about the providers they answer for and
 * replies publicly, once per view; the person who gave the view is told when they can be contacted.
 * Response-rate figures per provider come from the same records.
 */
@Service
public class Replies {

    /** A published view as a responder sees it, with whether it has a reply. */
    public record ResponderView(UUID id, String reference, String serviceName, String text, Instant publishedAt, boolean replied) {
    }

    static final int MAX_PROVIDERS = 200;

    private final ReplyRepository replies;
    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final ReplyMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Replies(ReplyRepository replies, JdbcTemplate jdbc, Directory directory, ReplyMail mail, ApplicationEventPublisher events,
            Clock clock) {
        this.replies = replies;
        this.jdbc = jdbc;
        this.directory = directory;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    /** The published views about the signed-in responder's providers, newest first. */
    @PreAuthorize("hasRole('SERVICE_RESPONDER')")
    @Transactional(readOnly = true)
    public Page<ResponderView> forResponder(Pageable page) {
        List<UUID> providers = myProviders().stream().map(ProviderSummary::id).limit(MAX_PROVIDERS).toList();
        if (providers.isEmpty()) {
            return Page.empty(page);
        }
        String in = String.join(", ", Collections.nCopies(providers.size(), "?"));
        List<Object> args = new ArrayList<>(List.of(TenantContext.requireNetwork()));
        args.addAll(providers);
        String where = " FROM feedback_experience e WHERE e.network_id = ? AND e.status = 'PUBLISHED' AND e.provider_id IN (" + in + ")";
        long total = jdbc.queryForObject("SELECT COUNT(*)" + where, Long.class, args.toArray());
        args.add(page.getPageSize());
        args.add(page.getOffset());
        List<ResponderView> rows = jdbc.query("SELECT e.id, e.reference, e.service_name, e.text, e.published_at,"
                + " (SELECT COUNT(*) FROM feedback_reply r WHERE r.network_id = e.network_id AND r.experience_id = e.id)"
                + where + " ORDER BY e.published_at DESC, e.id DESC LIMIT ? OFFSET ?",
                (rs, n) -> new ResponderView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, java.time.OffsetDateTime.class).toInstant(), rs.getLong(6) > 0), args.toArray());
        return new PageImpl<>(rows, page, total);
    }

    /** A published view about one of the signed-in responder's providers; empty otherwise. */
    @PreAuthorize("hasRole('SERVICE_RESPONDER')")
    @Transactional(readOnly = true)
    public Optional<ResponderView> viewForResponder(UUID experienceId) {
        Map<UUID, ProviderSummary> mine = myProviders().stream().collect(Collectors.toMap(ProviderSummary::id, p -> p));
        return published(experienceId).filter(v -> mine.containsKey(v.providerId())).map(v -> new ResponderView(experienceId,
                v.reference(), v.serviceName(), v.text(), v.publishedAt(), replies.findByExperienceId(experienceId).isPresent()));
    }

    /**
     * Replies to a published view about one of the responder's providers.
     *
     * @throws NoSuchElementException when the view is not such a view
     * @throws IllegalStateException  when the view has a reply already
     */
    @PreAuthorize("hasRole('SERVICE_RESPONDER')")
    @Transactional
    public Reply reply(UUID experienceId, String text) {
        Map<UUID, ProviderSummary> mine = myProviders().stream().collect(Collectors.toMap(ProviderSummary::id, p -> p));
        PublishedView view = published(experienceId).filter(v -> mine.containsKey(v.providerId()))
                .orElseThrow(() -> new NoSuchElementException("No view " + experienceId));
        if (replies.findByExperienceId(experienceId).isPresent()) {
            throw new IllegalStateException("The view has a reply already");
        }
        Instant now = clock.instant();
        int days = (int) Math.max(0, Duration.between(view.publishedAt(), now).toDays());
        CurrentUser me = CurrentUser.get().orElseThrow();
        Reply reply = replies.save(new Reply(experienceId, view.providerId(), me.accountId(),
                mine.get(view.providerId()).name(), text, now, days));
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "Experience", experienceId, "REPLIED",
                view.reference() + " by " + mine.get(view.providerId()).name()));
        authorEmail(experienceId).ifPresent(email -> mail.replied(view.reference(), email, mine.get(view.providerId()).name()));
        return reply;
    }

    /** The reply shown under a published view of the current network. */
    @Transactional(readOnly = true)
    public Optional<Reply> replyTo(UUID experienceId) {
        UUID network = TenantContext.requireNetwork();
        return replies.findByExperienceId(experienceId).filter(r -> network.equals(r.getNetworkId()));
    }

    /** Response figures for every provider with published views in the network, most views first (at most 100). */
    @Transactional(readOnly = true)
    public List<ResponseRate> rates() {
        List<ResponseRate> rates = jdbc.query("""
                SELECT e.provider_id, COUNT(*), COUNT(r.id),
                  PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY r.days_to_reply)
                FROM feedback_experience e
                LEFT JOIN feedback_reply r ON r.network_id = e.network_id AND r.experience_id = e.id
                WHERE e.network_id = ? AND e.status = 'PUBLISHED' AND e.provider_id IS NOT NULL
                GROUP BY e.provider_id ORDER BY COUNT(*) DESC, e.provider_id FETCH FIRST 100 ROWS ONLY""",
                (rs, n) -> {
                    double median = rs.getDouble(4);
                    return new ResponseRate(rs.getObject(1, UUID.class), null, rs.getLong(2), rs.getLong(3), rs.wasNull() ? null : median);
                }, TenantContext.requireNetwork());
        return rates.stream().map(r -> new ResponseRate(r.providerId(),
                directory.provider(r.providerId()).map(ProviderSummary::name).orElse(""), r.published(), r.replied(), r.medianDays()))
                .toList();
    }

    private List<ProviderSummary> myProviders() {
        return CurrentUser.get().map(u -> directory.providersOfResponder(u.accountId())).orElse(List.of());
    }

    private record PublishedView(String reference, String serviceName, String text, UUID providerId, Instant publishedAt) {
    }

    /** The current network's published view with a provider (none when there is no current network). */
    private Optional<PublishedView> published(UUID experienceId) {
        return TenantContext.currentNetwork().flatMap(network -> jdbc.query(
                "SELECT reference, service_name, text, provider_id, published_at FROM feedback_experience"
                        + " WHERE network_id = ? AND id = ? AND status = 'PUBLISHED' AND provider_id IS NOT NULL",
                (rs, n) -> new PublishedView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class),
                        rs.getObject(5, java.time.OffsetDateTime.class).toInstant()),
                network, experienceId).stream().findFirst());
    }

    private Optional<String> authorEmail(UUID experienceId) {
        return jdbc.queryForList("SELECT email FROM feedback_contact WHERE network_id = ? AND experience_id = ? AND may_contact = TRUE"
                + " AND email IS NOT NULL", String.class, TenantContext.requireNetwork(), experienceId).stream().findFirst();
    }
}
