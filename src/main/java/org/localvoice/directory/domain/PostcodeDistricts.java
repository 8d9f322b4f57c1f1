package org.localvoice.directory.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which local authorities each postcode district lies in, from the evidence table (most evidence first). */
@Component
public class PostcodeDistricts {

    public record Evidence(String gssCode, int count) {
    }

    private final JdbcTemplate jdbc;

    PostcodeDistricts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Evidence> forDistrict(String district) {
        return jdbc.query("SELECT gss_code, evidence_count FROM directory_postcode_district WHERE district = ? "
                + "ORDER BY evidence_count DESC, gss_code", (rs, i) -> new Evidence(rs.getString(1), rs.getInt(2)), district);
    }

    /** The whole table (a few thousand rows), for imports. */
    public Map<String, List<Evidence>> all() {
        Map<String, List<Evidence>> all = new LinkedHashMap<>();
        jdbc.query("SELECT district, gss_code, evidence_count FROM directory_postcode_district "
                + "ORDER BY district, evidence_count DESC, gss_code", rs -> {
                    all.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Evidence(rs.getString(2), rs.getInt(3)));
                });
        return all;
    }
}
