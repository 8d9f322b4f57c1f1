package org.localvoice.visits.domain;

import org.localvoice.access.CurrentUser;

/** Who is sending a letter: the signed-in person's name. */
final class Senders {

    private Senders() {
    }

    static String current() {
        return CurrentUser.get().map(CurrentUser::displayName).orElse(null);
    }
}
