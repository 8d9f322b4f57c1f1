package org.localvoice.visits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.localvoice.shared.TenantOwnedEntity;

/**
 * An Enter and View visit: the plan (premises and its controller, the relevant decision of category (f)
 * it rests on, date, purpose, announced or not, areas to view, how privacy and dignity are protected),
 * then the report's life (draft to the provider, comments, sign-off, publication; see {@link VisitReport}).
 */
@Entity
@Table(name = "visits_visit")
public class Visit extends TenantOwnedEntity {

    @Column(name = "premises_id", nullable = false)
    private UUID premisesId;
    @Column(name = "premises_name", nullable = false, length = 300)
    private String premisesName;
    @Column(name = "premises_address", length = 600)
    private String premisesAddress;
    @Column(name = "controller_id")
    private UUID controllerId;
    @Column(name = "controller_name", length = 300)
    private String controllerName;
    @Column(name = "decision_id", nullable = false)
    private UUID decisionId;
    @Column(name = "decision_summary", length = 1000)
    private String decisionSummary;
    @Column(name = "visit_on", nullable = false)
    private LocalDate visitOn;
    @Column(name = "visit_time", length = 100)
    private String visitTime;
    @Column(nullable = false, length = 4000)
    private String purpose;
    @Column(nullable = false)
    private boolean announced;
    @Column(length = 1000)
    private String areas;
    @Column(name = "other_areas", length = 2000)
    private String otherAreas;
    @Column(name = "privacy_measures", nullable = false, length = 4000)
    private String privacyMeasures;
    @Column(name = "care_provided", nullable = false)
    private boolean careProvided;
    @Column(name = "notice_sent_on")
    private LocalDate noticeSentOn;
    @jakarta.persistence.Embedded
    private VisitReport report = new VisitReport();

    protected Visit() {
    }

    public Visit(VisitPlan plan) {
        change(plan);
    }

    public void change(VisitPlan p) {
        this.premisesId = p.premisesId();
        this.premisesName = p.premisesName();
        this.premisesAddress = p.premisesAddress();
        this.controllerId = p.controllerId();
        this.controllerName = p.controllerName();
        this.decisionId = p.decisionId();
        this.decisionSummary = p.decisionSummary();
        this.visitOn = p.visitOn();
        this.visitTime = p.visitTime();
        this.purpose = p.purpose();
        this.announced = p.announced();
        this.areas = String.join(",", p.areas().stream().map(Enum::name).toList());
        this.otherAreas = p.otherAreas();
        this.privacyMeasures = p.privacyMeasures();
        this.careProvided = p.careProvided();
    }

    public void noticeSent(LocalDate on) {
        this.noticeSentOn = on;
    }

    public List<ViewArea> areaList() {
        return areas == null || areas.isBlank() ? List.of() : Arrays.stream(areas.split(",")).map(ViewArea::valueOf).toList();
    }

    public List<String> otherAreaList() {
        return otherAreas == null ? List.of() : otherAreas.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    /** Where the visit is in its life, for lists. */
    public VisitStage stage() {
        return getReport().stage();
    }

    /** The report; Hibernate leaves an embedded value null while all its columns are. */
    public VisitReport getReport() {
        if (report == null) {
            report = new VisitReport();
        }
        return report;
    }

    public UUID getPremisesId() {
        return premisesId;
    }

    public String getPremisesName() {
        return premisesName;
    }

    public String getPremisesAddress() {
        return premisesAddress;
    }

    public UUID getControllerId() {
        return controllerId;
    }

    public String getControllerName() {
        return controllerName;
    }

    public UUID getDecisionId() {
        return decisionId;
    }

    public String getDecisionSummary() {
        return decisionSummary;
    }

    public LocalDate getVisitOn() {
        return visitOn;
    }

    public String getVisitTime() {
        return visitTime;
    }

    public String getPurpose() {
        return purpose;
    }

    public boolean isAnnounced() {
        return announced;
    }

    public String getOtherAreas() {
        return otherAreas;
    }

    public String getPrivacyMeasures() {
        return privacyMeasures;
    }

    public boolean isCareProvided() {
        return careProvided;
    }

    public LocalDate getNoticeSentOn() {
        return noticeSentOn;
    }
}
