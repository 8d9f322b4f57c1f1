package org.localvoice.powers;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Looks up demo records the powers tests rely on. */
@Component
class PowersTestData {

    private final JdbcTemplate jdbc;

    PowersTestData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of a made decision of a category letter in a network (any UUID until decisions exist). */
    String decision(String slug, String letter) {
        return UUID.nameUUIDFromBytes((slug + letter).getBytes()).toString();
    }
}
