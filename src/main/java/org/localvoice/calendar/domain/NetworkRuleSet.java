package org.localvoice.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.localvoice.shared.NationalRecord;

/** The rule set a network has chosen. Keyed by network id and always read and written by it explicitly. */
@Entity
@Table(name = "calendar_network_rule_set")
@NationalRecord("Keyed by network id and always queried by it explicitly: the statutory clock reads it for "
        + "any network, also from system jobs that run without a tenant")
public class NetworkRuleSet {

    @Id
    @Column(name = "network_id")
    private UUID networkId;
    @Column(name = "rule_set_id", nullable = false)
    private UUID ruleSetId;
    @Column(name = "chosen_at", nullable = false)
    private Instant chosenAt;
    @Column(name = "chosen_by", nullable = false, length = 254)
    private String chosenBy;

    protected NetworkRuleSet() {
    }

    NetworkRuleSet(UUID networkId) {
        this.networkId = networkId;
    }

    void choose(UUID ruleSetId, Instant at, String by) {
        this.ruleSetId = ruleSetId;
        this.chosenAt = at;
        this.chosenBy = by;
    }

    public UUID getNetworkId() {
        return networkId;
    }

    public UUID getRuleSetId() {
        return ruleSetId;
    }

    public Instant getChosenAt() {
        return chosenAt;
    }

    public String getChosenBy() {
        return chosenBy;
    }
}
