package org.localvoice.powers.domain;

import java.util.List;
import java.util.UUID;

/** What staff give to draft a report: its recommendations in order, its evidence and its recipients. */
public record NewReport(UUID decisionId, String title, String summary, List<String> recommendations,
        List<Evidence> evidence, List<Recipient> recipients) {

    /** Evidence by kind and id (for example a published view), with a reference people can read. */
    public record Evidence(String kind, UUID id, String reference) {
    }

    public record Recipient(String name, ReportRecipient.Role role, UUID providerId, String email) {
    }

    /** A report to a services-provider or commissioner needs a decision of category (e), otherwise (h). */
    PowerUse use() {
        return recipients.stream().anyMatch(r -> r.role().servicesProvider()) ? PowerUse.REPORT_TO_PROVIDER
                : PowerUse.REPORT_TO_OTHER;
    }
}
