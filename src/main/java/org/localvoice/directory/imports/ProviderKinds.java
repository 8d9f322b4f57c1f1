package org.localvoice.directory.imports;

import java.util.Locale;
import java.util.Set;
import org.localvoice.directory.ProviderKind;
import org.localvoice.directory.ServiceType;

/** A first guess at a provider's kind from its name and services, for files that do not say. */
final class ProviderKinds {

    private ProviderKinds() {
    }

    static ProviderKind guess(String name, Set<ServiceType> types) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (n.contains("nhs foundation trust")) {
            return ProviderKind.FOUNDATION_TRUST;
        }
        if (n.contains("nhs trust")) {
            return ProviderKind.NHS_TRUST;
        }
        if (n.contains("council") || n.startsWith("london borough of")) {
            return ProviderKind.LOCAL_AUTHORITY;
        }
        if (n.endsWith(" cic") || n.contains("community interest company")) {
            return ProviderKind.SOCIAL_ENTERPRISE;
        }
        if (types.contains(ServiceType.GP)) {
            return ProviderKind.GP_PRACTICE;
        }
        if (types.contains(ServiceType.DENTIST)) {
            return ProviderKind.DENTAL;
        }
        if (types.contains(ServiceType.PHARMACY)) {
            return ProviderKind.PHARMACY;
        }
        return ProviderKind.INDEPENDENT;
    }
}
