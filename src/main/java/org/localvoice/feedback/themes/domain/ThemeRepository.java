package org.localvoice.feedback.themes.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThemeRepository extends JpaRepository<Theme, UUID> {

    /** A network has a few dozen themes: a bounded list. */
    List<Theme> findAllByOrderByPositionAscNameAsc();

    Optional<Theme> findByCode(String code);

    boolean existsByCode(String code);

    long count();
}
