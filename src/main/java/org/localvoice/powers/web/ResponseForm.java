package org.localvoice.powers.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.localvoice.powers.domain.Channel;
import org.localvoice.powers.domain.NewResponse;
import org.localvoice.powers.domain.Recommendation;
import org.localvoice.powers.domain.RecommendationResponse;
import org.springframework.validation.Errors;

/** One recipient's responses to every recommendation of a report, in the order of the recommendations. */
public class ResponseForm {

    private List<String> answer = new ArrayList<>();
    private List<String> action = new ArrayList<>();
    private List<String> reasons = new ArrayList<>();
    private List<String> reviewOn = new ArrayList<>();
    private String receivedOn;
    private String via;

    List<NewResponse> check(Errors errors, List<Recommendation> recommendations, LocalDate today, Channel fixedVia,
            LocalDate fixedDate) {
        LocalDate on = fixedDate != null ? fixedDate : FormChecks.date(errors, "receivedOn", receivedOn, today);
        Channel how = fixedVia != null ? fixedVia : FormChecks.choice(errors, "via", via, Channel.class);
        List<NewResponse> list = new ArrayList<>();
        for (int i = 0; i < recommendations.size(); i++) {
            Recommendation r = recommendations.get(i);
            String key = String.valueOf(i);
            RecommendationResponse.Answer a = null;
            for (RecommendationResponse.Answer candidate : RecommendationResponse.Answer.values()) {
                if (candidate.name().equals(at(answer, i))) {
                    a = candidate;
                }
            }
            if (a == null) {
                errors.rejectValue("answer[" + key + "]", "powers.error.answer.required");
                continue;
            }
            LocalDate review = null;
            String reviewText = at(reviewOn, i);
            if (reviewText != null && !reviewText.isBlank()) {
                review = Dates.parse(reviewText).orElse(null);
                if (review == null) {
                    errors.rejectValue("reviewOn[" + key + "]", "powers.error.date.invalid");
                }
            }
            FormChecks.text(errors, "action[" + key + "]", at(action, i), 4000, false);
            FormChecks.text(errors, "reasons[" + key + "]", at(reasons, i), 4000, false);
            list.add(new NewResponse(r.getId(), a, FormChecks.clean(at(action, i)), FormChecks.clean(at(reasons, i)),
                    review, on, how));
        }
        return errors.hasErrors() ? null : list;
    }

    /** Gives every list an entry for each recommendation, so the page can show them all. */
    void pad(int size) {
        for (List<String> list : List.of(answer, action, reasons, reviewOn)) {
            while (list.size() < size) {
                list.add(null);
            }
        }
    }

    private static String at(List<String> values, int i) {
        return i < values.size() ? values.get(i) : null;
    }

    public List<String> getAnswer() { return answer; }
    public void setAnswer(List<String> answer) { this.answer = answer; }
    public List<String> getAction() { return action; }
    public void setAction(List<String> action) { this.action = action; }
    public List<String> getReasons() { return reasons; }
    public void setReasons(List<String> reasons) { this.reasons = reasons; }
    public List<String> getReviewOn() { return reviewOn; }
    public void setReviewOn(List<String> reviewOn) { this.reviewOn = reviewOn; }
    public String getReceivedOn() { return receivedOn; }
    public void setReceivedOn(String receivedOn) { this.receivedOn = receivedOn; }
    public String getVia() { return via; }
    public void setVia(String via) { this.via = via; }
}
