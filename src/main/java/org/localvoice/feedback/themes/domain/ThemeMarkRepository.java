package org.localvoice.feedback.themes.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThemeMarkRepository extends JpaRepository<ThemeMark, UUID> {

    List<ThemeMark> findByExperienceId(UUID experienceId);

    long countBySource(ThemeMark.Source source);
}
