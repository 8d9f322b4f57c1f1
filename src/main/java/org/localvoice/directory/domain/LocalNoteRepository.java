package org.localvoice.directory.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Notes of the current network only: the tenant filter applies to every query. */
public interface LocalNoteRepository extends JpaRepository<LocalNote, UUID> {

    List<LocalNote> findByPremisesIdOrderByCreatedAtAsc(UUID premisesId);
}
