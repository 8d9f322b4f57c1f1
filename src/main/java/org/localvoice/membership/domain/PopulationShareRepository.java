package org.localvoice.membership.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current network's population profile (a few dozen rows at most). */
public interface PopulationShareRepository extends JpaRepository<PopulationShare, UUID> {

    List<PopulationShare> findAllByOrderByQuestionAscCategoryAsc();

    Optional<PopulationShare> findByQuestionAndCategory(EqualityQuestion question, String category);
}
