package org.localvoice.visits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.localvoice.shared.TenantOwnedEntity;

/** A network's Enter and View policy: renewal periods for training and checks, and whether certificate images are kept. */
@Entity
@Table(name = "visits_settings")
public class VisitSettings extends TenantOwnedEntity {

    @Column(name = "training_renewal_months", nullable = false)
    private int trainingRenewalMonths = Renewals.DEFAULT.trainingMonths();
    @Column(name = "check_renewal_months", nullable = false)
    private int checkRenewalMonths = Renewals.DEFAULT.checkMonths();
    @Column(name = "keep_certificate_images", nullable = false)
    private boolean keepCertificateImages;

    public VisitSettings() {
    }

    public void change(int trainingMonths, int checkMonths, boolean keepImages) {
        new Renewals(trainingMonths, checkMonths);
        this.trainingRenewalMonths = trainingMonths;
        this.checkRenewalMonths = checkMonths;
        this.keepCertificateImages = keepImages;
    }

    public Renewals renewals() {
        return new Renewals(trainingRenewalMonths, checkRenewalMonths);
    }

    public int getTrainingRenewalMonths() {
        return trainingRenewalMonths;
    }

    public int getCheckRenewalMonths() {
        return checkRenewalMonths;
    }

    public boolean isKeepCertificateImages() {
        return keepCertificateImages;
    }
}
