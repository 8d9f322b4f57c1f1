package org.localvoice.visits.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.audit.AuditableChange;
import org.localvoice.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Images of criminal records certificates, only when the network has chosen to keep them: uploaded by staff
 * (PDF, JPEG or PNG, recognised by their first bytes, at most {@link #MAX_BYTES}), read only by host
 * managers (each reading audited), and deleted when the check is superseded, the authorisation withdrawn,
 * the network stops keeping images, or the check's renewal period has passed (daily, {@link #applyRetention}).
 */
@Service
public class CertificateImages {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final CertificateImageRepository images;
    private final AuthorisedRepresentativeRepository representatives;
    private final VisitSettingsRepository settings;
    private final ApplicationEventPublisher events;
    private final Today today;

    CertificateImages(CertificateImageRepository images, AuthorisedRepresentativeRepository representatives,
            VisitSettingsRepository settings, ApplicationEventPublisher events, Today today) {
        this.images = images;
        this.representatives = representatives;
        this.settings = settings;
        this.events = events;
        this.today = today;
    }

    /** The image's type by its first bytes (never by what the browser said): a PDF, JPEG or PNG; empty otherwise. */
    public static Optional<String> contentType(byte[] bytes) {
        if (starts(bytes, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        if (starts(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    /** What the representative page shows of the image (never its content). */
    @Transactional(readOnly = true)
    public Optional<CertificateImageRepository.Info> info(UUID representativeId) {
        return images.info(representativeId);
    }

    @Transactional
    @PreAuthorize("hasRole('HOST_STAFF')")
    public void upload(UUID representativeId, byte[] bytes) {
        if (!settings.findFirstBy().map(VisitSettings::isKeepCertificateImages).orElse(false)) {
            throw new RefusedException("visits.refused.imagesOff");
        }
        AuthorisedRepresentative r = representatives.findById(representativeId)
                .filter(x -> TenantContext.requireNetwork().equals(x.getNetworkId()))
                .orElseThrow(() -> new IllegalArgumentException("No representative " + representativeId));
        if (r.getCheckOn() == null || r.getWithdrawnOn() != null) {
            throw new RefusedException("visits.refused.imageNeedsCheck");
        }
        if (bytes == null || bytes.length == 0) {
            throw new RefusedException("visits.error.imageRequired");
        }
        if (bytes.length > MAX_BYTES) {
            throw new RefusedException("visits.error.imageTooLarge");
        }
        String type = contentType(bytes).orElseThrow(() -> new RefusedException("visits.error.imageType"));
        images.deleteByRepresentative(TenantContext.requireNetwork(), representativeId);
        images.flush();
        images.save(new CertificateImage(representativeId, r.getCheckOn(), type, bytes));
        audit(representativeId, "certificate.uploaded", type + ", " + bytes.length + " bytes");
    }

    /** The image, for a host manager; each reading is audited. */
    @Transactional
    @PreAuthorize("hasRole('HOST_MANAGER')")
    public Optional<CertificateImage> read(UUID representativeId) {
        Optional<CertificateImage> image = images.findByRepresentativeId(representativeId);
        image.ifPresent(i -> audit(representativeId, "certificate.viewed", i.getContentType()));
        return image;
    }

    /** Deletes the representative's image (their check changed, or the authorisation was withdrawn). */
    @Transactional
    void delete(UUID representativeId, String why) {
        if (images.deleteByRepresentative(TenantContext.requireNetwork(), representativeId) > 0) {
            audit(representativeId, "certificate.deleted", why);
        }
    }

    /** The network stopped keeping images: every one is deleted. */
    @Transactional
    void deleteAll() {
        int n = images.deleteInNetwork(TenantContext.requireNetwork());
        if (n > 0) {
            events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "VisitSettings", (String) null, "certificate.deletedAll",
                    n + " images"));
        }
    }

    /** Deletes the current network's images past keeping; returns how many. */
    @Transactional
    public int applyRetention() {
        Renewals renewals = settings.findFirstBy().map(VisitSettings::renewals).orElse(Renewals.DEFAULT);
        List<UUID> due = images.pastKeeping(today.date().minusMonths(renewals.checkMonths()).plusDays(1), PageRequest.of(0, 500));
        if (due.isEmpty()) {
            return 0;
        }
        int n = images.deleteIds(TenantContext.requireNetwork(), due);
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "VisitSettings", (String) null, "certificate.retention", n + " images"));
        return n;
    }

    private void audit(UUID representativeId, String action, String detail) {
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "AuthorisedRepresentative", representativeId, action, detail));
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes == null || bytes.length < prefix.length) {
            return false;
        }
        return Arrays.equals(Arrays.copyOf(bytes, prefix.length), toBytes(prefix));
    }

    private static byte[] toBytes(int[] ints) {
        byte[] b = new byte[ints.length];
        for (int i = 0; i < ints.length; i++) {
            b[i] = (byte) ints[i];
        }
        return b;
    }
}
