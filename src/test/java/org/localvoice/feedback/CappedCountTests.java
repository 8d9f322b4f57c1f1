package org.localvoice.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.feedback.domain.Experience;
import org.localvoice.feedback.domain.Experiences;
import org.localvoice.shared.TenantContext;
import org.localvoice.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The moderation queue and the public listing count their views only up to a cap past the page; below it, exactly. */
@IntegrationTest
class CappedCountTests {

    @Autowired
    Experiences experiences;
    @Autowired
    JdbcTemplate jdbc;

    UUID trafford() {
        return jdbc.queryForObject("SELECT id FROM tenancy_network WHERE slug = 'trafford'", UUID.class);
    }

    @Test
    void belowTheCapTheQueueAndTheListingCountExactlyOnEveryPage() {
        UUID network = trafford();
        long queued = jdbc.queryForObject("SELECT COUNT(*) FROM feedback_experience WHERE network_id = ? AND safeguarding_open = FALSE",
                Long.class, network);
        long published = jdbc.queryForObject("SELECT COUNT(*) FROM feedback_experience WHERE network_id = ? AND status = 'PUBLISHED'",
                Long.class, network);
        assertThat(queued).as("demo views to page through").isGreaterThan(2);
        Sort newest = Sort.by(Sort.Direction.DESC, "createdAt", "id");
        TenantContext.runAs(network, () -> {
            // first page with more to come: the capped count runs
            Page<Experience> first = experiences.queueCapped(null, PageRequest.of(0, 2, newest));
            assertThat(first.getContent()).hasSize(2);
            assertThat(first.getTotalElements()).isEqualTo(queued);
            assertThat(first.hasNext()).isTrue();
            assertThat(Experiences.countCapped(first)).isFalse();
            // the last page: counted from the page itself
            int last = (int) ((queued - 1) / 2);
            Page<Experience> end = experiences.queueCapped(null, PageRequest.of(last, 2, newest));
            assertThat(end.getTotalElements()).isEqualTo(queued);
            assertThat(end.hasNext()).isFalse();
            // past the end: counted
            assertThat(experiences.queueCapped(null, PageRequest.of(last + 5, 2, newest)).getTotalElements()).isEqualTo(queued);
            // a status filter
            long held = jdbc.queryForObject("SELECT COUNT(*) FROM feedback_experience WHERE network_id = ? AND safeguarding_open = FALSE"
                    + " AND status = 'AWAITING_MODERATION'", Long.class, network);
            assertThat(experiences.queueCapped(ViewStatus.AWAITING_MODERATION, PageRequest.of(0, 1, newest)).getTotalElements())
                    .isEqualTo(held);
            Page<Experience> publishedPage = experiences.publishedCapped(null, PageRequest.of(0, 1,
                    Sort.by(Sort.Direction.DESC, "publishedAt", "id")));
            assertThat(publishedPage.getTotalElements()).isEqualTo(published);
            assertThat(publishedPage.getContent()).allSatisfy(v -> assertThat(v.getStatus()).isEqualTo(ViewStatus.PUBLISHED));
            return null;
        });
    }
}
