package org.localvoice.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.localvoice.calendar.Deadline;
import org.localvoice.governance.DecisionCategory;
import org.localvoice.shared.TenantOwnedEntity;

/**
 * A relevant decision in the network's statutory record: what was decided, why, by whom, under which
 * published procedure version, and when its statement is due to be published. Append-only: nothing
 * recorded here changes (corrections are {@link DecisionCorrection new entries}); publishing the
 * statement is the one later step.
 */
@Entity
@Table(name = "governance_decision")
public class Decision extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false, length = 30)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private DecisionCategory category;

    @Column(nullable = false, updatable = false, length = 1000)
    private String summary;

    @Column(nullable = false, updatable = false, length = 8000)
    private String reasons;

    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    /** The decision makers' names, one a line. */
    @Column(name = "decided_by", nullable = false, updatable = false, length = 2000)
    private String decidedBy;

    @Column(name = "procedure_version_id", nullable = false, updatable = false)
    private UUID procedureVersionId;

    @Column(name = "procedure_title", nullable = false, updatable = false, length = 200)
    private String procedureTitle;

    @Column(name = "procedure_number", nullable = false, updatable = false)
    private int procedureNumber;

    @Column(name = "publication_due", nullable = false, updatable = false)
    private LocalDate publicationDue;

    @Column(name = "due_rule_set_code", nullable = false, updatable = false, length = 40)
    private String dueRuleSetCode;

    @Column(name = "due_rule_set_version", nullable = false, updatable = false)
    private int dueRuleSetVersion;

    @Column(name = "due_explanation", nullable = false, updatable = false, length = 1000)
    private String dueExplanation;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 120)
    private String publishedBy;

    protected Decision() {
    }

    Decision(String reference, DecisionCategory category, String summary, String reasons, LocalDate decidedOn,
            List<String> decidedBy, ProcedureVersion procedure, String procedureTitle, LocalDate publicationDue, Deadline due,
            String dueExplanation) {
        this.reference = reference;
        this.category = category;
        this.summary = summary;
        this.reasons = reasons;
        this.decidedOn = decidedOn;
        this.decidedBy = String.join("\n", decidedBy);
        this.procedureVersionId = procedure.getId();
        this.procedureTitle = procedureTitle;
        this.procedureNumber = procedure.getNumber();
        this.publicationDue = publicationDue;
        this.dueRuleSetCode = due.ruleSet().code();
        this.dueRuleSetVersion = due.ruleSet().version();
        this.dueExplanation = dueExplanation;
    }

    /** Publishes the statement of the decision and its reasons; publishing twice changes nothing. */
    void publish(Instant at, String by) {
        if (publishedAt == null) {
            publishedAt = at;
            publishedBy = by;
        }
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    /** Not yet published and the due date has passed. */
    public boolean isOverdue(LocalDate today) {
        return publishedAt == null && today.isAfter(publicationDue);
    }

    public List<String> decidedByList() {
        return decidedBy.lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public String getReference() {
        return reference;
    }

    public DecisionCategory getCategory() {
        return category;
    }

    public String getSummary() {
        return summary;
    }

    public String getReasons() {
        return reasons;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public UUID getProcedureVersionId() {
        return procedureVersionId;
    }

    public String getProcedureTitle() {
        return procedureTitle;
    }

    public int getProcedureNumber() {
        return procedureNumber;
    }

    public LocalDate getPublicationDue() {
        return publicationDue;
    }

    public String getDueRuleSetCode() {
        return dueRuleSetCode;
    }

    public int getDueRuleSetVersion() {
        return dueRuleSetVersion;
    }

    public String getDueExplanation() {
        return dueExplanation;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
