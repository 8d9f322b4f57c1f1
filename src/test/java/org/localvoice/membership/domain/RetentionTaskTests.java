package org.localvoice.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.membership.ParticipantKind;
import org.localvoice.shared.TenantContext;
import org.localvoice.support.IntegrationTest;
import org.localvoice.tenancy.Networks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class RetentionTaskTests {

    @Autowired
    Networks networks;
    @Autowired
    Memberships memberships;
    @Autowired
    Retention retention;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDailyTaskErasesDeclinedApplicantsOnceTheirNetworksMonthsAreUpAndNoSooner() {
        UUID barnet = networks.findBySlug("barnet").orElseThrow().id();
        String old = "Declined Long Ago " + UUID.randomUUID();
        String recent = "Declined Recently " + UUID.randomUUID();
        UUID oldId = declined(barnet, old);
        UUID recentId = declined(barnet, recent);
        jdbc.update("UPDATE membership_participant SET status_changed_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(200, ChronoUnit.DAYS)), oldId);
        jdbc.update("UPDATE membership_participant SET status_changed_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(20, ChronoUnit.DAYS)), recentId);

        RetentionTaskConfiguration.applyEverywhere(networks, retention);

        assertThat(jdbc.queryForList("SELECT status FROM membership_participant WHERE id IN (?, ?) ORDER BY display_name",
                String.class, oldId, recentId)).containsExactlyInAnyOrder("ERASED", "DECLINED");
        assertThat(jdbc.queryForObject("SELECT display_name FROM membership_participant WHERE id = ?", String.class, recentId))
                .isEqualTo(recent);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM membership_contact WHERE participant_id = ?", Integer.class, oldId)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM membership_contact WHERE participant_id = ?", Integer.class, recentId)).isOne();
    }

    @Test
    void aNetworkThatKeepsRecordsLongerKeepsThem() {
        UUID trafford = networks.findBySlug("trafford").orElseThrow().id();
        UUID id = declined(trafford, "Kept Longer " + UUID.randomUUID());
        jdbc.update("UPDATE membership_participant SET status_changed_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(200, ChronoUnit.DAYS)), id);
        jdbc.update("DELETE FROM membership_retention_rule WHERE network_id = ?", trafford);
        jdbc.update("INSERT INTO membership_retention_rule (id, version, network_id, record_type, keep_months, created_at) "
                + "VALUES (?, 0, ?, 'DECLINED_APPLICATION', 36, CURRENT_TIMESTAMP)", UUID.randomUUID(), trafford);
        try {
            RetentionTaskConfiguration.applyEverywhere(networks, retention);
            assertThat(jdbc.queryForObject("SELECT status FROM membership_participant WHERE id = ?", String.class, id))
                    .isEqualTo("DECLINED");
        } finally {
            jdbc.update("DELETE FROM membership_retention_rule WHERE network_id = ?", trafford);
        }
    }

    private UUID declined(UUID network, String name) {
        return TenantContext.runAs(network, () -> {
            Participant p = memberships.join(new NewParticipant(ParticipantKind.PERSON, null, name,
                    ContactDetails.emailOnly("x@example.org"), List.of(), Map.of()), JoinedVia.ONLINE, null);
            memberships.decide(p.getId(), memberships.find(p.getId()).orElseThrow().getVersion(), false, "Outside the area");
            return p.getId();
        });
    }
}
