package org.localvoice.visits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.localvoice.shared.TenantOwnedEntity;

/**
 * An image of a representative's criminal records certificate (PDF, JPEG or PNG), kept only when the
 * network chooses to, in its own table, for the check recorded on {@code checkOn}. See {@link CertificateImages}.
 */
@Entity
@Table(name = "visits_certificate_image")
public class CertificateImage extends TenantOwnedEntity {

    @Column(name = "representative_id", nullable = false, updatable = false)
    private UUID representativeId;
    @Column(name = "check_on", nullable = false, updatable = false)
    private LocalDate checkOn;
    @Column(name = "content_type", nullable = false, length = 40, updatable = false)
    private String contentType;
    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;
    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected CertificateImage() {
    }

    CertificateImage(UUID representativeId, LocalDate checkOn, String contentType, byte[] content) {
        this.representativeId = representativeId;
        this.checkOn = checkOn;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content.clone();
    }

    public UUID getRepresentativeId() {
        return representativeId;
    }

    public LocalDate getCheckOn() {
        return checkOn;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
