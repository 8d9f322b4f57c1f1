package org.localvoice.feedback.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current network's own safeguarding keywords. */
interface SafeguardingKeywordRepository extends JpaRepository<SafeguardingKeyword, UUID> {

    List<SafeguardingKeyword> findAllByOrderByKeywordAsc();

    boolean existsByKeyword(String keyword);
}
