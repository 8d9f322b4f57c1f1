package org.localvoice.membership.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current network's membership settings (at most one row). */
public interface MembershipSettingsRepository extends JpaRepository<MembershipSettings, UUID> {

    Optional<MembershipSettings> findFirstBy();
}
