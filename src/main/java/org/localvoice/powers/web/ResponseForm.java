package org.localvoice.powers.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.localvoice.powers.domain.Channel;
import org.localvoice.powers.domain.NewResponse;
import org.localvoice.powers.domain.Recommendation;
import org.localvoice.powers.domain.RecommendationResponse;
import org.springframework.validation.Errors;

/** One recipient's responses to every recommendation of a report, keyed by recommendation id. */
public class ResponseForm {

    private Map<String, String> answer = new HashMap<>();
    private Map<String, String> action = new HashMap<>();
    private Map<String, String> reasons = new HashMap<>();
    private Map<String, String> reviewOn = new HashMap<>();
    private String receivedOn;
    private String via;

    List<NewResponse> check(Errors errors, List<Recommendation> recommendations, LocalDate today, Channel fixedVia,
            LocalDate fixedDate) {
        LocalDate on = fixedDate != null ? fixedDate : FormChecks.date(errors, "receivedOn", receivedOn, today);
        Channel how = fixedVia != null ? fixedVia : FormChecks.choice(errors, "via", via, Channel.class);
        List<NewResponse> list = new ArrayList<>();
        for (Recommendation r : recommendations) {
            String key = r.getId().toString();
            RecommendationResponse.Answer a = null;
            for (RecommendationResponse.Answer candidate : RecommendationResponse.Answer.values()) {
                if (candidate.name().equals(answer.get(key))) {
                    a = candidate;
                }
            }
            if (a == null) {
                errors.rejectValue("answer[" + key + "]", "powers.error.answer.required");
                continue;
            }
            LocalDate review = null;
            String reviewText = reviewOn.get(key);
            if (reviewText != null && !reviewText.isBlank()) {
                review = Dates.parse(reviewText).orElse(null);
                if (review == null) {
                    errors.rejectValue("reviewOn[" + key + "]", "powers.error.date.invalid");
                }
            }
            FormChecks.text(errors, "action[" + key + "]", action.get(key), 4000, false);
            FormChecks.text(errors, "reasons[" + key + "]", reasons.get(key), 4000, false);
            list.add(new NewResponse(r.getId(), a, FormChecks.clean(action.get(key)), FormChecks.clean(reasons.get(key)),
                    review, on, how));
        }
        return errors.hasErrors() ? null : list;
    }

    public Map<String, String> getAnswer() { return answer; }
    public void setAnswer(Map<String, String> answer) { this.answer = answer; }
    public Map<String, String> getAction() { return action; }
    public void setAction(Map<String, String> action) { this.action = action; }
    public Map<String, String> getReasons() { return reasons; }
    public void setReasons(Map<String, String> reasons) { this.reasons = reasons; }
    public Map<String, String> getReviewOn() { return reviewOn; }
    public void setReviewOn(Map<String, String> reviewOn) { this.reviewOn = reviewOn; }
    public String getReceivedOn() { return receivedOn; }
    public void setReceivedOn(String receivedOn) { this.receivedOn = receivedOn; }
    public String getVia() { return via; }
    public void setVia(String via) { this.via = via; }
}
