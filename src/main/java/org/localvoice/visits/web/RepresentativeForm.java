package org.localvoice.visits.web;

import java.time.LocalDate;
import org.localvoice.shared.DateInput;
import org.localvoice.visits.domain.AuthorisedRepresentative;
import org.localvoice.visits.domain.CheckType;
import org.localvoice.visits.domain.TrainingAndCheck;
import org.springframework.validation.Errors;

/** A representative's training and criminal records check, as typed. */
public class RepresentativeForm {

    private String participantId;
    private String course;
    private DateInput trainingOn = new DateInput();
    private DateInput trainingExpires = new DateInput();
    private String checkType;
    private DateInput checkOn = new DateInput();
    private String checkReference;
    private long version;

    static RepresentativeForm of(AuthorisedRepresentative r) {
        RepresentativeForm f = new RepresentativeForm();
        f.participantId = r.getParticipantId().toString();
        f.course = r.getTrainingCourse();
        f.trainingOn = DateInput.of(r.getTrainingOn());
        f.trainingExpires = DateInput.of(r.getTrainingExpires());
        f.checkType = r.getCheckType() == null ? null : r.getCheckType().name();
        f.checkOn = DateInput.of(r.getCheckOn());
        f.checkReference = r.getCheckReference();
        f.version = r.getVersion();
        return f;
    }

    /** The checked details, or null after rejecting fields. */
    TrainingAndCheck validate(Errors errors, LocalDate today) {
        if (course == null || course.isBlank()) {
            errors.rejectValue("course", "visits.error.courseRequired");
        } else if (course.length() > 200) {
            errors.rejectValue("course", "visits.error.tooLong200");
        }
        LocalDate trained = Dates.require(errors, "trainingOn", trainingOn, "visits.dateName.trainingOn");
        Dates.notFuture(errors, "trainingOn", trained, today, "visits.dateName.trainingOn");
        LocalDate expires = Dates.optional(errors, "trainingExpires", trainingExpires, "visits.dateName.trainingExpires");
        if (expires != null && trained != null && !expires.isAfter(trained)) {
            errors.rejectValue("trainingExpires", "visits.error.expiryAfterTraining");
        }
        CheckType type = null;
        try {
            type = checkType == null ? null : CheckType.valueOf(checkType);
        } catch (IllegalArgumentException e) {
            type = null;
        }
        if (type == null) {
            errors.rejectValue("checkType", "visits.error.checkTypeRequired");
        }
        LocalDate checked = Dates.require(errors, "checkOn", checkOn, "visits.dateName.checkOn");
        Dates.notFuture(errors, "checkOn", checked, today, "visits.dateName.checkOn");
        if (checkReference == null || checkReference.isBlank()) {
            errors.rejectValue("checkReference", "visits.error.referenceRequired");
        } else if (checkReference.length() > 100) {
            errors.rejectValue("checkReference", "visits.error.tooLong100");
        }
        return errors.hasErrors() ? null
                : new TrainingAndCheck(course.trim(), trained, expires, type, checked, checkReference.trim());
    }

    public String getParticipantId() {
        return participantId;
    }

    public void setParticipantId(String participantId) {
        this.participantId = participantId;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public DateInput getTrainingOn() {
        return trainingOn;
    }

    public void setTrainingOn(DateInput trainingOn) {
        this.trainingOn = trainingOn == null ? new DateInput() : trainingOn;
    }

    public DateInput getTrainingExpires() {
        return trainingExpires;
    }

    public void setTrainingExpires(DateInput trainingExpires) {
        this.trainingExpires = trainingExpires == null ? new DateInput() : trainingExpires;
    }

    public String getCheckType() {
        return checkType;
    }

    public void setCheckType(String checkType) {
        this.checkType = checkType;
    }

    public DateInput getCheckOn() {
        return checkOn;
    }

    public void setCheckOn(DateInput checkOn) {
        this.checkOn = checkOn == null ? new DateInput() : checkOn;
    }

    public String getCheckReference() {
        return checkReference;
    }

    public void setCheckReference(String checkReference) {
        this.checkReference = checkReference;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
