package org.localvoice.visits.web;

import java.util.regex.Pattern;
import org.localvoice.visits.domain.EntryOutcome;
import org.localvoice.visits.domain.Observation;
import org.localvoice.visits.domain.ObservationDetails;
import org.localvoice.visits.domain.RefusalGround;
import org.springframework.validation.Errors;

/** A representative's observation as typed on the day (often on a phone). */
public class ObservationForm {

    /** A title followed by a capitalised word ("Mrs Patel", "Mr. Jones"): someone's name. */
    static final Pattern NAME = Pattern.compile("\\b(Mr|Mrs|Ms|Miss|Mx|Dr|Nurse|Sister)\\.?\\s+[A-Z][a-z]+");

    private String entry;
    private String refusalGround;
    private String refusalDetail;
    private String seenAndHeard;
    private String residentsSpoken;
    private String staffSpoken;
    private String relativesSpoken;
    private String othersSpoken;
    private String action;
    private long version;

    static ObservationForm of(Observation o) {
        ObservationForm f = new ObservationForm();
        f.entry = o.getEntry() == null ? null : o.getEntry().name();
        f.refusalGround = o.getRefusalGround() == null ? null : o.getRefusalGround().name();
        f.refusalDetail = o.getRefusalDetail();
        f.seenAndHeard = o.getSeenAndHeard();
        f.residentsSpoken = o.getResidentsSpoken() == null ? null : o.getResidentsSpoken().toString();
        f.staffSpoken = o.getStaffSpoken() == null ? null : o.getStaffSpoken().toString();
        f.relativesSpoken = o.getRelativesSpoken() == null ? null : o.getRelativesSpoken().toString();
        f.othersSpoken = o.getOthersSpoken();
        f.version = o.getVersion();
        return f;
    }

    boolean submitting() {
        return "submit".equals(action);
    }

    /** Checks; a draft needs nothing but sensible values, a submission needs the entry outcome and what was seen. */
    ObservationDetails validate(Errors errors) {
        EntryOutcome outcome = parse(EntryOutcome.class, entry);
        RefusalGround ground = parse(RefusalGround.class, refusalGround);
        if (submitting() && outcome == null) {
            errors.rejectValue("entry", "visits.error.entryRequired");
        }
        if (submitting() && outcome != null && outcome != EntryOutcome.GRANTED && ground == null) {
            errors.rejectValue("refusalGround", "visits.error.groundRequired");
        }
        if (submitting() && (seenAndHeard == null || seenAndHeard.isBlank()) && outcome != EntryOutcome.REFUSED) {
            errors.rejectValue("seenAndHeard", "visits.error.seenRequired");
        }
        length(errors, "refusalDetail", refusalDetail, 2000);
        length(errors, "seenAndHeard", seenAndHeard, 8000);
        length(errors, "othersSpoken", othersSpoken, 500);
        for (String[] f : new String[][] {{"seenAndHeard", seenAndHeard}, {"refusalDetail", refusalDetail}, {"othersSpoken", othersSpoken}}) {
            if (f[1] != null && NAME.matcher(f[1]).find() && !errors.hasFieldErrors(f[0])) {
                errors.rejectValue(f[0], "visits.error.nameTyped");
            }
        }
        Integer residents = count(errors, "residentsSpoken", residentsSpoken);
        Integer staff = count(errors, "staffSpoken", staffSpoken);
        Integer relatives = count(errors, "relativesSpoken", relativesSpoken);
        return new ObservationDetails(outcome, ground, trim(refusalDetail), trim(seenAndHeard), residents, staff, relatives, trim(othersSpoken));
    }

    private static void length(Errors errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.rejectValue(field, "visits.error.tooLong" + max);
        }
    }

    private static Integer count(Errors errors, String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(typed.trim());
            if (n >= 0 && n <= 999) {
                return n;
            }
        } catch (NumberFormatException e) {
            // rejected below
        }
        errors.rejectValue(field, "visits.error.count");
        return null;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String getEntry() {
        return entry;
    }

    public void setEntry(String entry) {
        this.entry = entry;
    }

    public String getRefusalGround() {
        return refusalGround;
    }

    public void setRefusalGround(String refusalGround) {
        this.refusalGround = refusalGround;
    }

    public String getRefusalDetail() {
        return refusalDetail;
    }

    public void setRefusalDetail(String refusalDetail) {
        this.refusalDetail = refusalDetail;
    }

    public String getSeenAndHeard() {
        return seenAndHeard;
    }

    public void setSeenAndHeard(String seenAndHeard) {
        this.seenAndHeard = seenAndHeard;
    }

    public String getResidentsSpoken() {
        return residentsSpoken;
    }

    public void setResidentsSpoken(String residentsSpoken) {
        this.residentsSpoken = residentsSpoken;
    }

    public String getStaffSpoken() {
        return staffSpoken;
    }

    public void setStaffSpoken(String staffSpoken) {
        this.staffSpoken = staffSpoken;
    }

    public String getRelativesSpoken() {
        return relativesSpoken;
    }

    public void setRelativesSpoken(String relativesSpoken) {
        this.relativesSpoken = relativesSpoken;
    }

    public String getOthersSpoken() {
        return othersSpoken;
    }

    public void setOthersSpoken(String othersSpoken) {
        this.othersSpoken = othersSpoken;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
