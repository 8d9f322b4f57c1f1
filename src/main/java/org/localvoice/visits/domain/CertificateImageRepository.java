package org.localvoice.visits.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CertificateImageRepository extends JpaRepository<CertificateImage, UUID> {

    /** What the representative page shows: never the content. */
    record Info(UUID id, String contentType, int sizeBytes, LocalDate checkOn, java.time.Instant uploadedAt) {
    }

    @Query("SELECT new org.localvoice.visits.domain.CertificateImageRepository$Info(i.id, i.contentType, i.sizeBytes, i.checkOn, i.createdAt)"
            + " FROM CertificateImage i WHERE i.representativeId = :rep")
    Optional<Info> info(@Param("rep") UUID representativeId);

    Optional<CertificateImage> findByRepresentativeId(UUID representativeId);

    @Modifying
    @Query("DELETE FROM CertificateImage i WHERE i.networkId = :network AND i.representativeId = :rep")
    int deleteByRepresentative(@Param("network") UUID networkId, @Param("rep") UUID representativeId);

    @Modifying
    @Query("DELETE FROM CertificateImage i WHERE i.networkId = :network")
    int deleteInNetwork(@Param("network") UUID networkId);

    @Modifying
    @Query("DELETE FROM CertificateImage i WHERE i.networkId = :network AND i.id IN :ids")
    int deleteIds(@Param("network") UUID networkId, @Param("ids") List<UUID> ids);

    /**
     * Images past keeping: the representative was withdrawn, or the check the image shows is no longer the
     * one recorded, or it was taken before {@code expiredBefore} (its renewal period has passed).
     */
    @Query("SELECT i.id FROM CertificateImage i, AuthorisedRepresentative r WHERE r.id = i.representativeId"
            + " AND (r.withdrawnOn IS NOT NULL OR r.checkOn IS NULL OR r.checkOn <> i.checkOn OR i.checkOn < :expiredBefore)")
    List<UUID> pastKeeping(@Param("expiredBefore") LocalDate expiredBefore, org.springframework.data.domain.Pageable page);
}
