package org.localvoice.powers.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.localvoice.powers.domain.NewReport;
import org.localvoice.powers.domain.ReportRecipient;
import org.springframework.validation.Errors;

/**
 * A report as typed: recommendations one a line; evidence one a line as "kind, reference[, id]";
 * recipients one a line as "ROLE, name[, email]".
 */
public class ReportForm {

    private String decisionId;
    private String title;
    private String summary;
    private String recommendations;
    private String evidence;
    private String recipients;

    NewReport check(Errors errors) {
        UUID decision = FormChecks.id(errors, "decisionId", decisionId, true);
        FormChecks.text(errors, "title", title, 300, true);
        FormChecks.text(errors, "summary", summary, 8000, true);
        FormChecks.text(errors, "recommendations", recommendations, 40000, true);
        List<NewReport.Evidence> ev = evidence(errors);
        List<NewReport.Recipient> to = recipients(errors);
        if (errors.hasErrors()) {
            return null;
        }
        return new NewReport(decision, title.strip(), summary.strip(), lines(recommendations), ev, to);
    }

    private List<NewReport.Evidence> evidence(Errors errors) {
        List<NewReport.Evidence> list = new ArrayList<>();
        for (String line : lines(evidence)) {
            String[] p = Arrays.stream(line.split(",")).map(String::strip).toArray(String[]::new);
            UUID id = null;
            try {
                id = p.length > 2 && !p[2].isEmpty() ? UUID.fromString(p[2]) : null;
            } catch (IllegalArgumentException e) {
                p = new String[0];
            }
            if (p.length < 2 || p.length > 3 || p[0].isEmpty() || p[1].isEmpty() || p[0].length() > 30
                    || p[1].length() > 300) {
                errors.rejectValue("evidence", "powers.error.evidence.format");
                return List.of();
            }
            list.add(new NewReport.Evidence(p[0].toLowerCase(java.util.Locale.ROOT), id, p[1]));
        }
        return list;
    }

    private List<NewReport.Recipient> recipients(Errors errors) {
        List<String> lines = lines(recipients);
        if (lines.isEmpty()) {
            errors.rejectValue("recipients", "powers.error.recipients.required");
            return List.of();
        }
        List<NewReport.Recipient> list = new ArrayList<>();
        for (String line : lines) {
            String[] p = Arrays.stream(line.split(",")).map(String::strip).toArray(String[]::new);
            ReportRecipient.Role role = Arrays.stream(ReportRecipient.Role.values())
                    .filter(r -> p.length > 0 && r.name().equalsIgnoreCase(p[0])).findFirst().orElse(null);
            boolean emailOk = p.length < 3 || p[2].isEmpty() || p[2].matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
            UUID provider = null;
            try {
                provider = p.length > 3 && !p[3].isEmpty() ? UUID.fromString(p[3]) : null;
            } catch (IllegalArgumentException e) {
                emailOk = false;
            }
            if (role == null || p.length < 2 || p.length > 4 || p[1].isEmpty() || p[1].length() > 300 || !emailOk) {
                errors.rejectValue("recipients", "powers.error.recipients.format");
                return List.of();
            }
            list.add(new NewReport.Recipient(p[1], role, provider, p.length > 2 && !p[2].isEmpty() ? p[2] : null));
        }
        return list;
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public String getDecisionId() { return decisionId; }
    public void setDecisionId(String decisionId) { this.decisionId = decisionId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getRecommendations() { return recommendations; }
    public void setRecommendations(String recommendations) { this.recommendations = recommendations; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
    public String getRecipients() { return recipients; }
    public void setRecipients(String recipients) { this.recipients = recipients; }
}
