package org.localvoice.access.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountRepository extends JpaRepository<Account, UUID> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    Page<Account> findByNetworkId(UUID networkId, Pageable pageable);

    Optional<Account> findByIdAndNetworkId(UUID id, UUID networkId);

    @Query("select a.email from Account a join a.roles r where a.networkId = :network and r = :role and a.enabled = true"
            + " order by a.email")
    List<String> enabledEmailsWithRole(@Param("network") UUID networkId, @Param("role") org.localvoice.access.Role role,
            Pageable page);

    @Query("select r, count(a) from Account a join a.roles r where a.networkId = :network group by r")
    List<Object[]> countByRole(@Param("network") UUID networkId);
}
