package org.localvoice.feedback.insight.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.localvoice.shared.TenantOwnedEntity;

/** What a service changed after people told the network about it, when, and the evidence of the change. */
@Entity
@Table(name = "feedback_impact")
public class Impact extends TenantOwnedEntity {

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "what_changed", nullable = false, length = 4000)
    private String whatChanged;

    @Column(name = "changed_on", nullable = false)
    private LocalDate changedOn;

    @Column(length = 4000)
    private String evidence;

    protected Impact() {
    }

    Impact(String title, String whatChanged, LocalDate changedOn, String evidence) {
        this.title = title;
        this.whatChanged = whatChanged;
        this.changedOn = changedOn;
        this.evidence = evidence;
    }

    void edit(String newTitle, String newWhatChanged, LocalDate newChangedOn, String newEvidence) {
        this.title = newTitle;
        this.whatChanged = newWhatChanged;
        this.changedOn = newChangedOn;
        this.evidence = newEvidence;
    }

    public String getTitle() {
        return title;
    }

    public String getWhatChanged() {
        return whatChanged;
    }

    public LocalDate getChangedOn() {
        return changedOn;
    }

    public String getEvidence() {
        return evidence;
    }
}
