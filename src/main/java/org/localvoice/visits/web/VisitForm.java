package org.localvoice.visits.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.localvoice.shared.DateInput;
import org.localvoice.visits.domain.AuthorisedRepresentative;
import org.localvoice.visits.domain.ViewArea;
import org.localvoice.visits.domain.Visit;
import org.springframework.validation.Errors;

/** A visit plan as typed: premises, decision, date, purpose, notice, areas, privacy and team. */
public class VisitForm {

    private String premisesId;
    private String decisionId;
    private DateInput visitOn = new DateInput();
    private String visitTime;
    private String purpose;
    private String announced;
    private List<String> areas = new ArrayList<>();
    private String otherAreas;
    private String privacyMeasures;
    private boolean careProvided;
    private List<String> team = new ArrayList<>();
    private long version;

    static VisitForm of(Visit v, List<AuthorisedRepresentative> members) {
        VisitForm f = new VisitForm();
        f.premisesId = v.getPremisesId().toString();
        f.decisionId = v.getDecisionId().toString();
        f.visitOn = DateInput.of(v.getVisitOn());
        f.visitTime = v.getVisitTime();
        f.purpose = v.getPurpose();
        f.announced = v.isAnnounced() ? "yes" : "no";
        f.areas = new ArrayList<>(v.areaList().stream().map(Enum::name).toList());
        f.otherAreas = v.getOtherAreas();
        f.privacyMeasures = v.getPrivacyMeasures();
        f.careProvided = v.isCareProvided();
        f.team = new ArrayList<>(members.stream().map(m -> m.getId().toString()).toList());
        f.version = v.getVersion();
        return f;
    }

    /** The form's own checks (the plan's rules are checked by VisitPlanning); null fields stay null. */
    void validate(Errors errors, LocalDate today) {
        if (uuid(premisesId) == null) {
            errors.rejectValue("premisesId", "visits.error.premisesRequired");
        }
        if (uuid(decisionId) == null) {
            errors.rejectValue("decisionId", "visits.error.decisionRequired");
        }
        LocalDate on = Dates.require(errors, "visitOn", visitOn, "visits.dateName.visitOn");
        if (on != null && on.isBefore(today.minusYears(1))) {
            errors.rejectValue("visitOn", "visits.error.dateTooOld");
        }
        if (visitTime != null && visitTime.length() > 100) {
            errors.rejectValue("visitTime", "visits.error.tooLong100");
        }
        if (purpose == null || purpose.isBlank()) {
            errors.rejectValue("purpose", "visits.error.purposeRequired");
        } else if (purpose.length() > 4000) {
            errors.rejectValue("purpose", "visits.error.tooLong4000");
        }
        if (!"yes".equals(announced) && !"no".equals(announced)) {
            errors.rejectValue("announced", "visits.error.announcedRequired");
        }
        if (areaList().isEmpty() && (otherAreas == null || otherAreas.isBlank())) {
            errors.rejectValue("areas", "visits.error.areasRequired");
        }
        if (otherAreas != null && otherAreas.length() > 2000) {
            errors.rejectValue("otherAreas", "visits.error.tooLong2000");
        }
        if (privacyMeasures != null && privacyMeasures.length() > 4000) {
            errors.rejectValue("privacyMeasures", "visits.error.tooLong4000");
        }
    }

    List<ViewArea> areaList() {
        List<ViewArea> list = new ArrayList<>();
        for (String a : areas) {
            try {
                list.add(ViewArea.valueOf(a));
            } catch (IllegalArgumentException e) {
                // an unknown area is ignored
            }
        }
        return list;
    }

    List<UUID> teamIds() {
        return team.stream().map(VisitForm::uuid).filter(java.util.Objects::nonNull).distinct().toList();
    }

    static UUID uuid(String s) {
        try {
            return s == null || s.isBlank() ? null : UUID.fromString(s.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getPremisesId() {
        return premisesId;
    }

    public void setPremisesId(String premisesId) {
        this.premisesId = premisesId;
    }

    public String getDecisionId() {
        return decisionId;
    }

    public void setDecisionId(String decisionId) {
        this.decisionId = decisionId;
    }

    public DateInput getVisitOn() {
        return visitOn;
    }

    public void setVisitOn(DateInput visitOn) {
        this.visitOn = visitOn == null ? new DateInput() : visitOn;
    }

    LocalDate visitDate() {
        return visitOn.toDate();
    }

    public String getVisitTime() {
        return visitTime;
    }

    public void setVisitTime(String visitTime) {
        this.visitTime = visitTime;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getAnnounced() {
        return announced;
    }

    public void setAnnounced(String announced) {
        this.announced = announced;
    }

    public List<String> getAreas() {
        return areas;
    }

    public void setAreas(List<String> areas) {
        this.areas = areas == null ? new ArrayList<>() : areas;
    }

    public String getOtherAreas() {
        return otherAreas;
    }

    public void setOtherAreas(String otherAreas) {
        this.otherAreas = otherAreas;
    }

    public String getPrivacyMeasures() {
        return privacyMeasures;
    }

    public void setPrivacyMeasures(String privacyMeasures) {
        this.privacyMeasures = privacyMeasures;
    }

    public boolean isCareProvided() {
        return careProvided;
    }

    public void setCareProvided(boolean careProvided) {
        this.careProvided = careProvided;
    }

    public List<String> getTeam() {
        return team;
    }

    public void setTeam(List<String> team) {
        this.team = team == null ? new ArrayList<>() : team;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
