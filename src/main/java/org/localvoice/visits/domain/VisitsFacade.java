package org.localvoice.visits.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.localvoice.visits.Visits;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module's facade over representatives. */
@Service
class VisitsFacade implements Visits {

    private final Representatives representatives;

    VisitsFacade(Representatives representatives) {
        this.representatives = representatives;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isAuthorised(UUID participantId, LocalDate on) {
        return representatives.byParticipant(participantId).map(r -> representatives.authorisation(r, on).authorised()).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> currentRepresentativeNames() {
        return representatives.register(PageRequest.of(0, 500)).map(AuthorisedRepresentative::getName).getContent();
    }
}
