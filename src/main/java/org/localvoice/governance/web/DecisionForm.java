package org.localvoice.governance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.localvoice.governance.DecisionCategory;
import org.localvoice.governance.domain.NewDecision;
import org.springframework.validation.Errors;

/** A relevant decision as typed into the form: up to three declarations of interest. */
public class DecisionForm {

    static final int DECLARATION_ROWS = 3;

    private String category;
    private String summary;
    private String reasons;
    private String decidedOnDay;
    private String decidedOnMonth;
    private String decidedOnYear;
    private String decidedBy;
    private String procedureVersionId;
    private List<DeclarationRow> declarations = new ArrayList<>();

    public DecisionForm() {
        while (declarations.size() < DECLARATION_ROWS) {
            declarations.add(new DeclarationRow());
        }
    }

    /** The decision, with the fields the form itself cannot read (bad date, bad choice) rejected on errors. */
    NewDecision toNewDecision(Errors errors) {
        DecisionCategory c = null;
        if (category != null && !category.isBlank()) {
            try {
                c = DecisionCategory.valueOf(category);
            } catch (IllegalArgumentException e) {
                errors.rejectValue("category", "governance.decision.category.required");
            }
        }
        LocalDate decidedOn = DateParts.parse(decidedOnDay, decidedOnMonth, decidedOnYear);
        if (decidedOn == null && !DateParts.allBlank(decidedOnDay, decidedOnMonth, decidedOnYear)) {
            errors.rejectValue("decidedOnDay", "governance.decision.decidedOn.invalid");
        }
        UUID procedure = null;
        if (procedureVersionId != null && !procedureVersionId.isBlank()) {
            try {
                procedure = UUID.fromString(procedureVersionId.trim());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("procedureVersionId", "governance.decision.procedure.notPublished");
            }
        }
        List<NewDecision.NewDeclaration> declared = declarations.stream().filter(d -> !d.empty())
                .map(d -> new NewDecision.NewDeclaration(d.getPerson(), d.getInterest(), d.isRecused())).toList();
        List<String> makers = decidedBy == null ? List.of() : Arrays.asList(decidedBy.split("\\R"));
        return new NewDecision(c, summary, reasons, decidedOn, makers, procedure, declared);
    }

    /** One declaration of interest row. */
    public static class DeclarationRow {
        private String person;
        private String interest;
        private boolean recused;

        boolean empty() {
            return (person == null || person.isBlank()) && (interest == null || interest.isBlank());
        }

        public String getPerson() {
            return person;
        }

        public void setPerson(String person) {
            this.person = person;
        }

        public String getInterest() {
            return interest;
        }

        public void setInterest(String interest) {
            this.interest = interest;
        }

        public boolean isRecused() {
            return recused;
        }

        public void setRecused(boolean recused) {
            this.recused = recused;
        }
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public String getDecidedOnDay() {
        return decidedOnDay;
    }

    public void setDecidedOnDay(String decidedOnDay) {
        this.decidedOnDay = decidedOnDay;
    }

    public String getDecidedOnMonth() {
        return decidedOnMonth;
    }

    public void setDecidedOnMonth(String decidedOnMonth) {
        this.decidedOnMonth = decidedOnMonth;
    }

    public String getDecidedOnYear() {
        return decidedOnYear;
    }

    public void setDecidedOnYear(String decidedOnYear) {
        this.decidedOnYear = decidedOnYear;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }

    public String getProcedureVersionId() {
        return procedureVersionId;
    }

    public void setProcedureVersionId(String procedureVersionId) {
        this.procedureVersionId = procedureVersionId;
    }

    public List<DeclarationRow> getDeclarations() {
        return declarations;
    }

    public void setDeclarations(List<DeclarationRow> declarations) {
        this.declarations = declarations;
    }
}
