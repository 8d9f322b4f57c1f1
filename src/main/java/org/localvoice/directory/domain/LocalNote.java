package org.localvoice.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.localvoice.shared.TenantOwnedEntity;

/** A network's own note on premises (who to contact, access arrangements, past visits): only that network sees it. */
@Entity
@Table(name = "directory_local_note")
public class LocalNote extends TenantOwnedEntity {

    @Column(name = "premises_id", nullable = false, updatable = false)
    private UUID premisesId;

    @Column(nullable = false, length = 4000)
    private String note;

    @Column(length = 2000)
    private String links;

    protected LocalNote() {
    }

    public LocalNote(UUID premisesId, String note, String links) {
        this.premisesId = premisesId;
        edit(note, links);
    }

    public void edit(String note, String links) {
        this.note = note;
        this.links = links;
    }

    public UUID getPremisesId() {
        return premisesId;
    }

    public String getNote() {
        return note;
    }

    public String getLinks() {
        return links;
    }

    /** The links, one a line. */
    public java.util.List<String> linkList() {
        return links == null ? java.util.List.of() : links.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }
}
