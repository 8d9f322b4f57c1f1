package org.localvoice.visits.web;

import org.springframework.validation.Errors;

/** The network's Enter and View settings, as typed. */
public class SettingsForm {

    private String trainingMonths;
    private String checkMonths;
    private boolean keepImages;
    private long version;

    int[] validate(Errors errors) {
        int t = months(errors, "trainingMonths", trainingMonths);
        int c = months(errors, "checkMonths", checkMonths);
        return errors.hasErrors() ? null : new int[] {t, c};
    }

    private static int months(Errors errors, String field, String typed) {
        try {
            int m = Integer.parseInt(typed == null ? "" : typed.trim());
            if (m >= 1 && m <= 120) {
                return m;
            }
        } catch (NumberFormatException e) {
            // rejected below
        }
        errors.rejectValue(field, "visits.error.months");
        return 0;
    }

    public String getTrainingMonths() {
        return trainingMonths;
    }

    public void setTrainingMonths(String trainingMonths) {
        this.trainingMonths = trainingMonths;
    }

    public String getCheckMonths() {
        return checkMonths;
    }

    public void setCheckMonths(String checkMonths) {
        this.checkMonths = checkMonths;
    }

    public boolean isKeepImages() {
        return keepImages;
    }

    public void setKeepImages(boolean keepImages) {
        this.keepImages = keepImages;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
