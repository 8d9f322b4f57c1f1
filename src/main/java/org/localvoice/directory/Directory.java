package org.localvoice.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The directory module's facade: search and read the national directory of care premises. */
public interface Directory {

    /** Searches count matches up to this many; a page total of {@code COUNT_CAP + 1} means "more than COUNT_CAP". */
    int COUNT_CAP = 1000;

    /**
     * Premises matching the search, the preferred local authority's first, then by name. The page's total
     * is exact up to {@link #COUNT_CAP}; beyond it, {@code COUNT_CAP + 1}.
     */
    Page<PremisesSummary> search(DirectorySearch search, Pageable page);

    Optional<PremisesSummary> premises(UUID id);

    /** The local authorities (GSS codes) that a postcode's district lies in, most evidence first. */
    List<String> localAuthoritiesForPostcode(String postcode);

    /** A provider or commissioner by id. */
    Optional<ProviderSummary> provider(UUID id);

    /**
     * Open providers whose name contains the text (any case, accents ignored), by name; with
     * {@code commissioner} set, only commissioners (true) or only other providers (false).
     */
    Page<ProviderSummary> searchProviders(String text, Boolean commissioner, Pageable page);

    /** The providers a service-responder account answers for (in the caller's network). */
    List<ProviderSummary> providersOfResponder(UUID accountId);

    /** The service-responder accounts of a network that answer for a provider. */
    List<UUID> responderAccountsOf(UUID networkId, UUID providerId);

    /** Whether the directory holds no premises yet. */
    boolean isEmpty();

    /**
     * Loads the shipped demo directory (Trafford; with {@code full}, also the CQC 2016 sample) when the
     * directory is empty. Safe to call more than once.
     */
    void loadDemoDirectory(boolean full);
}
