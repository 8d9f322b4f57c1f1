package org.localvoice.directory.domain;

import java.util.Optional;
import java.util.UUID;
import org.localvoice.directory.DirectoryEntryChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds and corrects directory entries by hand. Every change is published as {@link DirectoryEntryChanged}. */
@Service
public class PremisesEditor {

    private final PremisesRepository premises;
    private final ProviderRepository providers;
    private final ApplicationEventPublisher events;

    PremisesEditor(PremisesRepository premises, ProviderRepository providers, ApplicationEventPublisher events) {
        this.premises = premises;
        this.providers = providers;
        this.events = events;
    }

    /** The provider with this CQC provider id or ODS code. */
    @Transactional(readOnly = true)
    public Optional<Provider> provider(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String ref = reference.trim();
        String upper = ref.toUpperCase(java.util.Locale.ROOT);
        return providers.findByCqcProviderId(ref).or(() -> providers.findByOdsCode(upper))
                .or(() -> providers.findByGssCode(upper));
    }

    /** The premises with providers and service types loaded, for showing and editing. */
    @Transactional(readOnly = true)
    public Optional<Premises> load(UUID id) {
        return premises.findWithProviders(id);
    }

    /** Other premises that already have this CQC location id or ODS code, if any. */
    @Transactional(readOnly = true)
    public Optional<UUID> otherWithCqcId(String cqcLocationId, UUID self) {
        return cqcLocationId == null ? Optional.empty()
                : premises.findByCqcLocationId(cqcLocationId).map(Premises::getId).filter(id -> !id.equals(self));
    }

    @Transactional(readOnly = true)
    public Optional<UUID> otherWithOdsCode(String odsCode, UUID self) {
        return odsCode == null ? Optional.empty()
                : premises.findByOdsCode(odsCode).map(Premises::getId).filter(id -> !id.equals(self));
    }

    @Transactional
    public UUID create(PremisesDetails details, ProviderChoice owner, ProviderChoice controller, UUID networkId) {
        Premises p = new Premises(PremisesSource.MANUAL);
        Provider c = resolve(controller);
        Provider o = owner.isEmpty() ? c : resolve(owner);
        p.correct(details, o, c);
        premises.save(p);
        events.publishEvent(new DirectoryEntryChanged(networkId, p.getId(), DirectoryEntryChanged.Action.CREATED));
        return p.getId();
    }

    /**
     * Corrects the entry, provided nobody changed it since the form was shown ({@code version});
     * otherwise throws {@link ObjectOptimisticLockingFailureException}.
     */
    @Transactional
    public void correct(UUID id, long version, PremisesDetails details, ProviderChoice owner, ProviderChoice controller,
            UUID networkId) {
        Premises p = premises.findById(id).orElseThrow(() -> new IllegalArgumentException("No premises " + id));
        if (p.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Premises.class, id);
        }
        Provider c = controller.isEmpty() ? p.getController() : resolve(controller);
        Provider o = owner.isEmpty() ? c : resolve(owner);
        p.correct(details, o, c);
        premises.saveAndFlush(p);
        events.publishEvent(new DirectoryEntryChanged(networkId, id, DirectoryEntryChanged.Action.UPDATED));
    }

    private Provider resolve(ProviderChoice choice) {
        if (choice.isEmpty()) {
            return null;
        }
        if (choice.reference() != null && !choice.reference().isBlank()) {
            return provider(choice.reference()).orElseThrow(() -> new IllegalArgumentException("Unknown provider"));
        }
        String searchName = SearchText.searchName(choice.name(), 200);
        return providers.findFirstBySearchNameAndKind(searchName, choice.kind())
                .orElseGet(() -> providers.save(new Provider(choice.kind(), choice.name().trim())));
    }
}
