package org.localvoice.feedback.insight.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.directory.Directory;
import org.localvoice.directory.ProviderSummary;
import org.springframework.stereotype.Component;

/** Providers' names from the directory, for pick-lists, exports and response figures. */
@Component
public class ProviderNames {

    private final Directory directory;

    ProviderNames(Directory directory) {
        this.directory = directory;
    }

    /** The names of these providers that the directory knows, in the order given. */
    public Map<UUID, String> of(Collection<UUID> ids) {
        Map<UUID, String> names = new LinkedHashMap<>();
        ids.stream().filter(Objects::nonNull).distinct().forEach(id -> name(id).ifPresent(n -> names.put(id, n)));
        return names;
    }

    public Optional<String> name(UUID providerId) {
        return providerId == null ? Optional.empty() : directory.provider(providerId).map(ProviderSummary::name);
    }
}
