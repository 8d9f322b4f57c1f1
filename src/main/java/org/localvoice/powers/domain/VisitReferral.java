package org.localvoice.powers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.localvoice.shared.TenantOwnedEntity;

/**
 * The numbered recommendations of a published Enter and View report, waiting to be referred to the
 * provider that controls the premises. Referring them is itself a relevant decision of category (e)
 * (SI 2008/528 reg 2(2)(e)), so staff open the report case under one; until then it is pending.
 */
@Entity
@Table(name = "powers_visit_referral")
public class VisitReferral extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false)
    private String reference;
    @Column(name = "visit_id", nullable = false, updatable = false)
    private UUID visitId;
    @Column(name = "premises_id", updatable = false)
    private UUID premisesId;
    @Column(name = "premises_name", nullable = false, updatable = false)
    private String premisesName;
    @Column(name = "provider_id", updatable = false)
    private UUID providerId;
    @Column(name = "provider_name", updatable = false)
    private String providerName;
    @Column(name = "provider_email", updatable = false)
    private String providerEmail;
    @Column(nullable = false, length = 16000, updatable = false)
    private String recommendations;
    @Column(name = "rec_count", nullable = false, updatable = false)
    private int count;
    @Column(name = "published_on", nullable = false, updatable = false)
    private LocalDate publishedOn;
    @Column(name = "report_id")
    private UUID reportId;
    @Column(name = "opened_on")
    private LocalDate openedOn;

    protected VisitReferral() {
    }

    VisitReferral(String reference, UUID visitId, UUID premisesId, String premisesName, UUID providerId,
            String providerName, String providerEmail, List<String> recommendations, LocalDate publishedOn) {
        this.reference = reference;
        this.visitId = visitId;
        this.premisesId = premisesId;
        this.premisesName = cut(premisesName, 300);
        this.providerId = providerId;
        this.providerName = providerName == null ? null : cut(providerName, 300);
        this.providerEmail = providerEmail != null && providerEmail.length() <= 320 ? providerEmail : null;
        List<String> kept = recommendations.stream().map(r -> cut(r.replaceAll("\\s+", " ").strip(), 4000)).toList();
        StringBuilder text = new StringBuilder();
        int n = 0;
        for (String r : kept) {
            if (text.length() + r.length() + 1 > 16000) {
                break;
            }
            text.append(n == 0 ? "" : "\n").append(r);
            n++;
        }
        this.recommendations = text.toString();
        this.count = n;
        this.publishedOn = publishedOn;
    }

    void opened(UUID reportId, LocalDate on) {
        if (this.reportId != null) {
            throw new IllegalStateException("The recommendations have already been referred");
        }
        this.reportId = reportId;
        this.openedOn = on;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** The recommendations in their order (number 1 first). */
    public List<String> recommendationList() {
        return recommendations.isEmpty() ? List.of() : List.of(recommendations.split("\n"));
    }

    public boolean isPending() { return reportId == null; }
    public String getReference() { return reference; }
    public UUID getVisitId() { return visitId; }
    public UUID getPremisesId() { return premisesId; }
    public String getPremisesName() { return premisesName; }
    public UUID getProviderId() { return providerId; }
    public String getProviderName() { return providerName; }
    public String getProviderEmail() { return providerEmail; }
    public int getCount() { return count; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public UUID getReportId() { return reportId; }
    public LocalDate getOpenedOn() { return openedOn; }
}
