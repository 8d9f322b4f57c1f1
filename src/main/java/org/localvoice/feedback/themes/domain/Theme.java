package org.localvoice.feedback.themes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.localvoice.shared.TenantOwnedEntity;

/**
 * A theme a network sorts people's views by ("Timeliness of care", "Parking"), in a two-level taxonomy:
 * broad categories and the themes under them. Seeded for every network from the national framework;
 * staff may add, rename and retire themes. A retired theme keeps its marks but is no longer offered.
 */
@Entity
@Table(name = "feedback_theme")
public class Theme extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false, length = 80)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 2000)
    private String description;

    @Column(name = "parent_id", updatable = false)
    private UUID parentId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active = true;

    protected Theme() {
    }

    Theme(String code, String name, String description, UUID parentId, int position) {
        this.code = code;
        this.name = name;
        this.description = description;
        this.parentId = parentId;
        this.position = position;
    }

    void rename(String newName) {
        this.name = newName;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public UUID getParentId() {
        return parentId;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }

    /** A broad category (top level) rather than a theme under one. */
    public boolean isCategory() {
        return parentId == null;
    }
}
