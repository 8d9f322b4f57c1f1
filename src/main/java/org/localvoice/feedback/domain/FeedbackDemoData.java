package org.localvoice.feedback.domain;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.localvoice.directory.Directory;
import org.localvoice.directory.DirectorySearch;
import org.localvoice.directory.PremisesSummary;
import org.localvoice.feedback.ViewChannel;
import org.localvoice.feedback.ViewStatus;
import org.localvoice.shared.TenantContext;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo views: about thirty for Trafford (real Friends and Family Test comments, see
 * docs/data-sources.md, linked to Trafford's demo premises) and a few for Barnet, in every state:
 * waiting, published, accepted as evidence, held, rejected, and one possible safeguarding concern.
 * Does nothing for a network that already has views.
 */
@Component
@ConditionalOnProperty(name = "localvoice.demo-data", havingValue = "true")
class FeedbackDemoData {

    private static final Logger log = LoggerFactory.getLogger(FeedbackDemoData.class);

    private final Networks networks;
    private final Directory directory;
    private final Experiences experiences;
    private final ExperienceRepository repository;

    FeedbackDemoData(Networks networks, Directory directory, Experiences experiences, ExperienceRepository repository) {
        this.networks = networks;
        this.directory = directory;
        this.experiences = experiences;
        this.repository = repository;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void load() {
        List<String[]> comments = comments();
        networks.findBySlug("trafford").ifPresent(n -> TenantContext.runAs(n.id(), () -> {
            List<PremisesSummary> premises = directory.search(new DirectorySearch(null, null, null, n.localAuthorityCode(), null),
                    PageRequest.of(0, 12)).getContent();
            return loadFor(n, comments.subList(0, 30), premises);
        }));
        networks.findBySlug("barnet").ifPresent(n -> TenantContext.runAs(n.id(), () -> loadFor(n, comments.subList(30, 36), List.of())));
    }

    private int loadFor(NetworkSummary network, List<String[]> comments, List<PremisesSummary> premises) {
        if (repository.count() > 0) {
            return 0;
        }
        LocalDate today = LocalDate.now();
        for (int i = 0; i < comments.size(); i++) {
            String[] c = comments.get(i);
            PremisesSummary p = premises.isEmpty() ? null : premises.get(i % premises.size());
            String service = p != null ? p.name() : (i % 2 == 0 ? "Barnet Hospital, A&E" : "Finchley Memorial Hospital");
            int fft = Integer.parseInt(c[1]);
            NewExperience.Contact contact = i % 4 == 0 ? new NewExperience.Contact(null, "person" + i + "@" + network.slug()
                    + ".views.example", null, true, ContactBy.EMAIL) : null;
            String text = i == 7 ? c[2] + " My mother had bruises on her arms after her stay and nobody could explain them." : c[2];
            Experience view = experiences.record(new NewExperience(p == null ? null : p.id(), null, service, text,
                    (c[0].isBlank() ? today.minusMonths(2) : LocalDate.parse(c[0]).withYear(today.getYear() - 1)), WhenPrecision.MONTH, 6 - fft, contact == null,
                    i % 5 == 0 ? ViewChannel.OUTREACH : ViewChannel.ONLINE, today.minusDays(comments.size() - i),
                    i % 6 == 5 ? Consent.EVIDENCE_ONLY : Consent.PUBLISH_ANONYMISED, contact));
            ViewStatus status = i % 3 == 0 ? ViewStatus.AWAITING_MODERATION : i % 6 == 5 ? ViewStatus.ACCEPTED
                    : i % 10 == 4 ? ViewStatus.HELD : i % 10 == 8 ? ViewStatus.REJECTED : ViewStatus.PUBLISHED;
            if (status != ViewStatus.AWAITING_MODERATION && !view.isSafeguardingOpen()) {
                String redacted = PersonalDataDetector.redact(view.getText(), new PersonalDataDetector().find(view.getText()));
                view.moderate(status == ViewStatus.PUBLISHED && !view.publishable() ? ViewStatus.ACCEPTED : status, redacted,
                        !redacted.equals(view.getText()), status == ViewStatus.REJECTED ? "It is about a service outside our area." : null,
                        "demo", Instant.now().minusSeconds(3600L * (comments.size() - i)));
                repository.save(view);
            }
        }
        log.info("Demo views loaded for {}: {}", network.slug(), comments.size());
        return comments.size();
    }

    private static List<String[]> comments() {
        try (Reader in = new InputStreamReader(new ClassPathResource("reference/feedback/demo-views.csv").getInputStream(),
                StandardCharsets.UTF_8)) {
            List<String[]> rows = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                rows.add(new String[] {r.get("date"), r.get("fft_score"), r.get("text").trim()});
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
