package org.localvoice.directory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of service given at premises, with the CQC care directory's labels for each. */
public enum ServiceType {
    RESIDENTIAL_HOME("Residential homes"),
    NURSING_HOME("Nursing homes"),
    HOMECARE("Homecare agencies"),
    SUPPORTED_LIVING("Supported living"),
    SUPPORTED_HOUSING("Supported housing"),
    SHARED_LIVES("Shared lives"),
    GP("Doctors/GPs", "Mobile doctors"),
    DENTIST("Dentist"),
    PHARMACY(),
    HOSPITAL("Hospital"),
    MENTAL_HEALTH_HOSPITAL("Hospitals - Mental health/capacity"),
    HOSPICE("Hospice", "Home hospice care"),
    CLINIC("Clinic"),
    COMMUNITY_HEALTHCARE("Community services - Healthcare", "Community services - Nursing"),
    COMMUNITY_MENTAL_HEALTH("Community services - Mental Health"),
    COMMUNITY_LEARNING_DISABILITY("Community services - Learning disabilities"),
    REHABILITATION("Rehabilitation (illness/injury)"),
    SUBSTANCE_MISUSE("Rehabilitation (substance abuse)", "Community services - Substance abuse"),
    DIAGNOSIS_SCREENING("Diagnosis/screening"),
    URGENT_CARE("Urgent care centres"),
    AMBULANCE("Ambulances"),
    ADVICE_LINE("Phone/online advice"),
    MENTAL_HEALTH_SUPPORT(),
    TRUST_HEADQUARTERS(),
    OTHER("Education disability services", "Hyperbaric chamber services", "Prison healthcare",
            "Blood and transplant service", "Long-term conditions");

    private final List<String> cqcLabels;

    ServiceType(String... cqcLabels) {
        this.cqcLabels = List.of(cqcLabels);
    }

    public boolean careHome() {
        return this == RESIDENTIAL_HOME || this == NURSING_HOME;
    }

    /** The type named by a CQC label ("Nursing homes") or by its own name ("NURSING_HOME"), ignoring case. */
    public static Optional<ServiceType> fromLabel(String label) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        String l = label.trim();
        for (ServiceType t : values()) {
            if (t.name().equalsIgnoreCase(l) || t.cqcLabels.stream().anyMatch(c -> c.equalsIgnoreCase(l))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The type for a code from a form or the API (its name, any case), if there is one. */
    public static Optional<ServiceType> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
