package org.localvoice.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.localvoice.access.Role;

/**
 * The role matrix, {@code src/test/resources/role-matrix.csv}: one row per endpoint
 * ({@code METHOD path-pattern} exactly as registered), one column per caller ({@code anonymous} and
 * every {@link Role}), each cell the expected {@link Outcome}. Lines starting with {@code #} and blank
 * lines are ignored; spaces around cells are ignored.
 */
public record RoleMatrix(List<String> columns, Map<String, Map<String, String>> rows) {

    public static final String FILE = "src/test/resources/role-matrix.csv";
    static final String FIRST_COLUMN = "endpoint";

    public static RoleMatrix load() {
        try (InputStream in = RoleMatrix.class.getResourceAsStream("/role-matrix.csv")) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RoleMatrix parse(String csv) {
        List<String> columns = null;
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String[] lines = csv.split("\\R");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.split(",", -1)).map(String::strip).toList();
            if (columns == null) {
                columns = header(cells, problems);
                continue;
            }
            String where = FILE + " line " + (n + 1) + " (" + cells.get(0) + "): ";
            if (cells.size() != columns.size() + 1) {
                problems.add(where + cells.size() + " cells, expected " + (columns.size() + 1));
                continue;
            }
            if (!cells.get(0).matches("(GET|POST|PUT|PATCH|DELETE) /\\S*")) {
                problems.add(where + "the first cell must be 'METHOD /path-pattern'");
            }
            Map<String, String> expected = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                String cell = cells.get(i + 1);
                if (!Outcome.EXPECTABLE.contains(cell)) {
                    problems.add(where + "cell '" + cell + "' for " + columns.get(i) + " is not one of " + Outcome.EXPECTABLE);
                }
                expected.put(columns.get(i), cell);
            }
            if (rows.put(cells.get(0), expected) != null) {
                problems.add(where + "duplicate row");
            }
        }
        if (columns == null) {
            problems.add(FILE + " has no header line");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The role matrix is malformed:\n  " + String.join("\n  ", problems));
        }
        return new RoleMatrix(columns, rows);
    }

    /** The callers the matrix must have a column for: anonymous and every role. */
    public static List<String> requiredColumns() {
        List<String> columns = new ArrayList<>();
        columns.add(Callers.ANONYMOUS);
        Arrays.stream(Role.values()).map(Role::name).forEach(columns::add);
        return columns;
    }

    private static List<String> header(List<String> cells, List<String> problems) {
        if (!FIRST_COLUMN.equals(cells.get(0))) {
            problems.add(FILE + ": the header must start with '" + FIRST_COLUMN + "'");
        }
        List<String> columns = cells.subList(1, cells.size());
        Set<String> missing = new LinkedHashSet<>(requiredColumns());
        missing.removeAll(columns);
        Set<String> unknown = new LinkedHashSet<>(columns);
        requiredColumns().forEach(unknown::remove);
        if (!missing.isEmpty()) {
            problems.add(FILE + ": add a column for each of " + missing + " (a new role?) and fill it for every row");
        }
        if (!unknown.isEmpty()) {
            problems.add(FILE + ": columns " + unknown + " are neither 'anonymous' nor a Role");
        }
        return List.copyOf(columns);
    }

    /** A CSV line for {@code key} with these outcomes, in this matrix's column order. */
    public String line(String key, Map<String, String> outcomes) {
        return key + ", " + columns.stream().map(c -> outcomes.getOrDefault(c, "?")).collect(Collectors.joining(", "));
    }
}
