package org.localvoice.feedback.themes.domain;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/**
 * The national theme framework every network starts with: the categories and sub-categories of NHS
 * England's patient-experience qualitative data categorisation framework (version 7), shipped in
 * {@code reference/feedback/themes.csv}. Categories have no parent code.
 */
public final class ThemeFramework {

    static final String RESOURCE = "reference/feedback/themes.csv";

    /** One framework entry, in framework order. */
    public record Entry(String code, String parentCode, String name, String description) {
    }

    private static final List<Entry> ENTRIES = read();

    private ThemeFramework() {
    }

    public static List<Entry> entries() {
        return ENTRIES;
    }

    private static List<Entry> read() {
        try (Reader in = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8)) {
            List<Entry> entries = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                entries.add(new Entry(r.get("code"), blankToNull(r.get("parent_code")), r.get("name"),
                        blankToNull(r.get("description"))));
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
