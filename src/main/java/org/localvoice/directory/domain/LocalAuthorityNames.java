package org.localvoice.directory.domain;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/**
 * Matches local-authority names as other publishers spell them ("Barking &amp; Dagenham",
 * "Kingston-upon-Hull", "Bath &amp; N E Somerset") to the GSS codes of current English councils, using
 * the nice names, official names and alternative names of {@code reference/local-authorities.csv}
 * (mySociety). A name of an abolished council maps to the council or councils that replaced it.
 */
public final class LocalAuthorityNames {

    /** Spellings in the CQC care directory that the alternative names lack. */
    private static final Map<String, String> EXTRA = Map.of(
            "corporation of london", "E09000001",
            "bath and n e somerset", "E06000022");

    private final Map<String, Set<String>> byName = new HashMap<>();
    private final Map<String, Authority> byGss = new HashMap<>();
    private final Map<String, String> gssByCode = new HashMap<>();

    private record Authority(String gss, boolean current, String replacedBy) {
    }

    public LocalAuthorityNames(Reader csv) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        for (CSVRecord r : format.parse(csv)) {
            String gss = r.get("gss-code");
            byGss.put(gss, new Authority(gss, "yes".equals(r.get("current")), r.get("replaced-by")));
            gssByCode.put(r.get("local-authority-code"), gss);
            add(r.get("nice-name"), gss);
            add(r.get("official-name"), gss);
            for (String alt : r.get("alt-names").split(",")) {
                add(alt, gss);
            }
        }
        EXTRA.forEach(this::add);
    }

    /** The names shipped with Local Voice. */
    public static LocalAuthorityNames load() {
        try (Reader reader = new InputStreamReader(new ClassPathResource("reference/local-authorities.csv").getInputStream(),
                StandardCharsets.UTF_8)) {
            return new LocalAuthorityNames(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(String name, String gss) {
        String key = key(name);
        if (!key.isEmpty()) {
            byName.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(gss);
        }
    }

    static String key(String name) {
        return SearchText.normalise(name == null ? "" : name.replace("&", " and "));
    }

    /**
     * The current councils a name stands for: none when unknown; one usually; several when the name is of
     * an abolished council split between successors (Cumbria, Northamptonshire).
     */
    public Set<String> resolve(String name) {
        Set<String> found = byName.getOrDefault(key(name), Set.of());
        Set<String> current = new LinkedHashSet<>();
        for (String gss : found) {
            if (byGss.get(gss).current()) {
                current.add(gss);
            }
        }
        if (!current.isEmpty()) {
            return Collections.unmodifiableSet(current);
        }
        Set<String> successors = new LinkedHashSet<>();
        for (String gss : found) {
            successors.addAll(current(gss));
        }
        return Collections.unmodifiableSet(successors);
    }

    /** The current council or councils for a GSS code (itself if current; its successors if abolished). */
    public Set<String> current(String gss) {
        Set<String> result = new LinkedHashSet<>();
        collectCurrent(gss, result, 0);
        return result;
    }

    private void collectCurrent(String gss, Set<String> into, int depth) {
        Authority a = byGss.get(gss);
        if (a == null || depth > 5) {
            return;
        }
        if (a.current()) {
            into.add(gss);
            return;
        }
        for (String code : a.replacedBy().split(",")) {
            String next = gssByCode.get(code.trim());
            if (next != null) {
                collectCurrent(next, into, depth + 1);
            }
        }
    }

    public boolean isKnown(String gss) {
        return byGss.containsKey(gss);
    }
}
