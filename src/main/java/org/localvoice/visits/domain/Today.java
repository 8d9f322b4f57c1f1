package org.localvoice.visits.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** Today's date in England, from the application's clock. */
@Component
public class Today {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final Clock clock;

    Today(Clock clock) {
        this.clock = clock;
    }

    public LocalDate date() {
        return LocalDate.now(clock.withZone(LONDON));
    }
}
