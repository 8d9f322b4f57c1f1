package org.localvoice.feedback.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ThemesDemoDataTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoNetworksPublishedViewsHaveConfirmedThemes() {
        UUID trafford = jdbc.queryForObject("SELECT id FROM tenancy_network WHERE slug = 'trafford'", UUID.class);
        Long publishedWithConfirmed = jdbc.queryForObject("SELECT COUNT(DISTINCT e.id) FROM feedback_experience e"
                + " JOIN feedback_theme_mark m ON m.experience_id = e.id AND m.source = 'CONFIRMED'"
                + " WHERE e.network_id = ? AND e.status = 'PUBLISHED'", Long.class, trafford);
        assertThat(publishedWithConfirmed).isPositive();
    }
}
