package org.localvoice.visits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.localvoice.calendar.Deadline;

/**
 * The visit report: summary, findings and numbered recommendations (one a line), the draft sent to the
 * provider with the due date for factual-accuracy comments (and the rule set that set it), the comments,
 * the governing body's sign-off and publication.
 */
@Embeddable
public class VisitReport {

    @Column(name = "report_summary", length = 8000)
    private String summary;
    @Column(name = "report_findings", length = 16000)
    private String findings;
    @Column(length = 8000)
    private String recommendations;
    @Column(name = "draft_sent_on")
    private LocalDate draftSentOn;
    @Column(name = "comments_due")
    private LocalDate commentsDue;
    @Column(name = "comments_rule_set", length = 60)
    private String commentsRuleSet;
    @Column(name = "comments_rule_set_version")
    private Integer commentsRuleSetVersion;
    @Column(name = "comments_due_explanation", length = 1000)
    private String commentsDueExplanation;
    @Column(name = "provider_comments", length = 8000)
    private String providerComments;
    @Column(name = "comments_received_on")
    private LocalDate commentsReceivedOn;
    @Column(name = "signed_off_on")
    private LocalDate signedOffOn;
    @Column(name = "sign_off_id")
    private UUID signOffId;
    @Column(name = "published_on")
    private LocalDate publishedOn;

    VisitStage stage() {
        if (publishedOn != null) {
            return VisitStage.PUBLISHED;
        }
        if (signedOffOn != null) {
            return VisitStage.SIGNED_OFF;
        }
        if (commentsReceivedOn != null) {
            return VisitStage.COMMENTS_RECEIVED;
        }
        if (draftSentOn != null) {
            return VisitStage.SENT_TO_PROVIDER;
        }
        return summary == null ? VisitStage.PLANNED : VisitStage.REPORT_DRAFTED;
    }

    void draft(String summary, String findings, String recommendations) {
        this.summary = summary;
        this.findings = findings;
        this.recommendations = recommendations;
    }

    void sent(LocalDate on, Deadline due, String explanation) {
        this.draftSentOn = on;
        this.commentsDue = due.due();
        this.commentsRuleSet = due.ruleSet().code();
        this.commentsRuleSetVersion = due.ruleSet().version();
        this.commentsDueExplanation = explanation;
    }

    void comments(String text, LocalDate on) {
        this.providerComments = text;
        this.commentsReceivedOn = on;
    }

    void signedOff(LocalDate on, UUID signOffId) {
        this.signedOffOn = on;
        this.signOffId = signOffId;
    }

    void published(LocalDate on) {
        this.publishedOn = on;
    }

    public List<String> recommendationList() {
        return recommendations == null ? List.of()
                : recommendations.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    public String getSummary() {
        return summary;
    }

    public String getFindings() {
        return findings;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public LocalDate getDraftSentOn() {
        return draftSentOn;
    }

    public LocalDate getCommentsDue() {
        return commentsDue;
    }

    public String getCommentsRuleSet() {
        return commentsRuleSet;
    }

    public Integer getCommentsRuleSetVersion() {
        return commentsRuleSetVersion;
    }

    public String getCommentsDueExplanation() {
        return commentsDueExplanation;
    }

    public String getProviderComments() {
        return providerComments;
    }

    public LocalDate getCommentsReceivedOn() {
        return commentsReceivedOn;
    }

    public LocalDate getSignedOffOn() {
        return signedOffOn;
    }

    public UUID getSignOffId() {
        return signOffId;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }
}
