package org.localvoice.powers.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.localvoice.directory.Directory;
import org.localvoice.directory.ProviderSummary;
import org.localvoice.powers.domain.NewReport;
import org.localvoice.powers.domain.ReportRecipient;
import org.springframework.validation.Errors;

/**
 * A report as typed: recommendations one a line; evidence by reference one a line (checked, see
 * {@link EvidencePicker}); recipients ticked from the care directory ({@code providerIds}, found with the
 * search {@code q}) and other bodies one a line as "ROLE, name[, email]".
 */
public class ReportForm {

    private String decisionId;
    private String title;
    private String summary;
    private String recommendations;
    private String evidence;
    private String recipients;
    private List<String> providerIds = new ArrayList<>();
    private String q;

    NewReport check(Errors errors, EvidencePicker picker, Directory directory) {
        UUID decision = FormChecks.id(errors, "decisionId", decisionId, true);
        FormChecks.text(errors, "title", title, 300, true);
        FormChecks.text(errors, "summary", summary, 8000, true);
        FormChecks.text(errors, "recommendations", recommendations, 40000, true);
        FormChecks.text(errors, "evidence", evidence, 8000, false);
        List<NewReport.Evidence> ev = errors.hasFieldErrors("evidence") ? List.of() : picker.check(errors, "evidence", evidence);
        List<NewReport.Recipient> to = new ArrayList<>(chosen(errors, directory));
        to.addAll(recipients(errors));
        if (to.isEmpty() && !errors.hasFieldErrors("recipients") && !errors.hasFieldErrors("providerIds")) {
            errors.rejectValue("recipients", "powers.error.recipients.required");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new NewReport(decision, title.strip(), summary.strip(), lines(recommendations), ev, to);
    }

    /** The providers and commissioners ticked from the care directory, as recipients. */
    private List<NewReport.Recipient> chosen(Errors errors, Directory directory) {
        List<NewReport.Recipient> list = new ArrayList<>();
        for (ProviderSummary p : chosenProviders(directory)) {
            list.add(new NewReport.Recipient(p.name(), p.commissioner() ? ReportRecipient.Role.COMMISSIONER
                    : ReportRecipient.Role.PROVIDER, p.id(), p.email()));
        }
        if (list.size() < providerIds.stream().filter(v -> v != null && !v.isBlank()).distinct().count()) {
            errors.rejectValue("providerIds", "powers.error.providerIds.unknown");
        }
        return list;
    }

    /** The ticked providers the directory knows, in the order ticked, each once. */
    List<ProviderSummary> chosenProviders(Directory directory) {
        Map<UUID, ProviderSummary> found = new LinkedHashMap<>();
        for (String value : providerIds) {
            try {
                UUID id = value == null ? null : UUID.fromString(value.strip());
                if (id != null && !found.containsKey(id)) {
                    directory.provider(id).ifPresent(p -> found.put(id, p));
                }
            } catch (IllegalArgumentException e) {
                // not an identifier: counted as unknown by chosen()
            }
        }
        return List.copyOf(found.values());
    }

    private List<NewReport.Recipient> recipients(Errors errors) {
        List<String> lines = lines(recipients);
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
    public List<String> getProviderIds() { return providerIds; }
    public void setProviderIds(List<String> providerIds) { this.providerIds = providerIds == null ? new ArrayList<>() : providerIds; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
}
