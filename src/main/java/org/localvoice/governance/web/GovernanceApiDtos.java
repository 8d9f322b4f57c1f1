package org.localvoice.governance.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.localvoice.governance.domain.DecisionView;
import org.localvoice.governance.domain.ProcedureVersion;

/** The records the governance API reads and writes. */
final class GovernanceApiDtos {

    private GovernanceApiDtos() {
    }

    /** A declaration of interest made for a decision; {@code recused}: the person stayed out of it. */
    record DeclarationDto(String person, String interest, boolean recused) {
    }

    /**
     * A relevant decision. {@code category} is the reg 2(2) paragraph letter (a to h); {@code summary} and
     * {@code reasons} are as corrected; {@code publicationDue} is when its statement is due.
     */
    record DecisionDto(UUID id, String reference, String category, String categoryName, String summary, String reasons,
            LocalDate decidedOn, List<String> decidedBy, UUID procedureVersionId, String procedureTitle,
            int procedureVersion, List<DeclarationDto> declarations, int corrections, Instant publishedAt,
            LocalDate publicationDue, String dueRuleSet, int dueRuleSetVersion, boolean overdue) {

        static DecisionDto of(DecisionView v) {
            var d = v.decision();
            return new DecisionDto(d.getId(), d.getReference(), d.getCategory().letter(), d.getCategory().name(),
                    v.currentSummary(), v.currentReasons(), d.getDecidedOn(), d.decidedByList(), d.getProcedureVersionId(),
                    d.getProcedureTitle(), d.getProcedureNumber(), v.declarations().stream()
                            .map(x -> new DeclarationDto(x.getPerson(), x.getInterest(), x.isRecused())).toList(),
                    v.corrections().size(), d.getPublishedAt(), d.getPublicationDue(), d.getDueRuleSetCode(),
                    d.getDueRuleSetVersion(), v.overdue());
        }
    }

    /**
     * A decision to record. {@code category}: a letter a to h (or the name, such as D_REQUEST_INFORMATION);
     * {@code procedureVersionId}: a published procedure version of the network.
     */
    record NewDecisionRequest(String category, String summary, String reasons, LocalDate decidedOn,
            List<String> decidedBy, UUID procedureVersionId, List<DeclarationDto> declarations) {
    }

    /** A published version of a required procedure; {@code body} is Markdown. */
    record ProcedureVersionDto(UUID id, UUID procedureId, String title, int version, Instant publishedAt,
            String changeNote, String body) {

        static ProcedureVersionDto of(ProcedureVersion v) {
            return new ProcedureVersionDto(v.getId(), v.getProcedureId(), v.getTitle(), v.getNumber(), v.getPublishedAt(),
                    v.getChangeNote(), v.getBody());
        }
    }

    /** A page of items. */
    record PageDto<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

        static <T> PageDto<T> of(org.springframework.data.domain.Page<T> page) {
            return new PageDto<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                    page.getTotalPages());
        }
    }
}
