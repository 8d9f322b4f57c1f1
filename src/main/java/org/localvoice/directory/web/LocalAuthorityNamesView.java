package org.localvoice.directory.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.localvoice.tenancy.LocalAuthoritySummary;
import org.localvoice.tenancy.Networks;
import org.springframework.stereotype.Component;

/** Names of local authorities for pages (GSS code to name) and the choices of a local-authority select. */
@Component
class LocalAuthorityNamesView {

    private final Networks networks;

    LocalAuthorityNamesView(Networks networks) {
        this.networks = networks;
    }

    Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        for (LocalAuthoritySummary la : networks.localAuthorities(false)) {
            names.put(la.gssCode(), la.name());
        }
        return names;
    }

    /** Current authorities, sorted by name. */
    List<LocalAuthoritySummary> current() {
        return networks.localAuthorities(true).stream()
                .sorted(java.util.Comparator.comparing(LocalAuthoritySummary::name)).toList();
    }
}
