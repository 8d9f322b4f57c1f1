package org.localvoice.feedback;

import java.util.Optional;
import java.util.UUID;

/**
 * The feedback module's facade: people's views as other modules see them, for example a view cited as
 * evidence in a report or an Enter and View visit. Reads are within the caller's network.
 */
public interface Feedback {

    /** A view of the current network by id; its text is the moderated (redacted) text, or none before moderation. */
    Optional<ViewSummary> view(UUID id);

    /** A view of the current network by its reference, such as {@code TRA-7K3M-Q9}. */
    Optional<ViewSummary> viewByReference(String reference);

    /** Views of the network waiting for a moderator (not counting those held for safeguarding). */
    long awaitingModeration(UUID networkId);

    /** Views of the network with an open safeguarding concern. */
    long safeguardingOpen(UUID networkId);
}
