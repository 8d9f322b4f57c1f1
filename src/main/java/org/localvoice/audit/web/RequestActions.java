package org.localvoice.audit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a request into audit vocabulary: a readable action name ({@code POST /manage/people} becomes
 * {@code manage.people.create}, {@code POST /manage/people/{id}/disable} becomes
 * {@code manage.people.disable}), the entity it addressed, and a path safe to keep (no query string, no
 * token-like segments).
 */
final class RequestActions {

    private static final Pattern UUID_LIKE = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern SECRET_LIKE = Pattern.compile("[A-Za-z0-9_\\-.~]{24,}");
    private static final Set<String> RESOURCE_AREAS = Set.of("manage", "admin");
    static final String REDACTED = "{redacted}";

    private RequestActions() {
    }

    record Target(String action, String entityType, String entityId) {
    }

    /**
     * @param pattern   the matched handler pattern (e.g. {@code /manage/people/{id}}), or null when no
     *                  handler was reached (the raw path is used instead)
     * @param variables the values of the pattern's variables (may be empty)
     */
    static Target describe(String method, String pattern, String path, Map<String, String> variables) {
        List<Segment> segments = segments(pattern != null ? pattern : path, variables);
        boolean api = segments.size() >= 2 && segments.get(0).text.equals("api") && segments.get(1).text.equals("v1");
        if (api) {
            segments = segments.subList(2, segments.size());
        }
        List<String> words = new ArrayList<>();
        String entityType = null;
        String entityId = null;
        String previousWord = null;
        for (Segment s : segments) {
            if (s.variable) {
                if (s.value != null && UUID_LIKE.matcher(s.value).matches()) {
                    entityType = previousWord;
                    entityId = s.value.toLowerCase(Locale.ROOT);
                }
            } else {
                words.add(s.text);
                previousWord = s.text;
            }
        }
        String m = method.toUpperCase(Locale.ROOT);
        String name = words.isEmpty() ? "root" : String.join(".", words);
        boolean endsInVariable = !segments.isEmpty() && segments.get(segments.size() - 1).variable;
        boolean afterVariable = segments.size() >= 2 && segments.get(segments.size() - 2).variable;
        boolean resourceArea = api || (!words.isEmpty() && RESOURCE_AREAS.contains(words.get(0)));
        String action;
        if (m.equals("DELETE")) {
            action = name + ".delete";
        } else if (endsInVariable || m.equals("PUT") || m.equals("PATCH")) {
            action = name + ".update";
        } else if (resourceArea && !afterVariable) {
            action = name + ".create";
        } else {
            action = name;
        }
        return new Target(action, entityType, entityId);
    }

    /** The path without query string or matrix parameters, with token-like segments redacted. */
    static String safePath(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        StringBuilder out = new StringBuilder();
        for (String raw : path.split("/")) {
            if (raw.isEmpty()) {
                continue;
            }
            String segment = raw.contains(";") ? raw.substring(0, raw.indexOf(';')) : raw;
            out.append('/').append(isSecret(segment) ? REDACTED : segment);
        }
        return out.length() == 0 ? "/" : out.toString();
    }

    private static boolean isSecret(String segment) {
        return SECRET_LIKE.matcher(segment).matches() && !UUID_LIKE.matcher(segment).matches();
    }

    private static List<Segment> segments(String source, Map<String, String> variables) {
        List<Segment> list = new ArrayList<>();
        for (String raw : safePath(source).split("/")) {
            if (raw.isEmpty()) {
                continue;
            }
            if (raw.startsWith("{") && raw.endsWith("}") && !raw.equals(REDACTED)) {
                String name = raw.substring(1, raw.length() - 1);
                int colon = name.indexOf(':');
                name = colon < 0 ? name : name.substring(0, colon);
                list.add(new Segment(raw, true, variables.get(name)));
            } else if (raw.equals(REDACTED) || UUID_LIKE.matcher(raw).matches()) {
                list.add(new Segment(raw, true, raw.equals(REDACTED) ? null : raw));
            } else {
                list.add(new Segment(raw.toLowerCase(Locale.ROOT), false, null));
            }
        }
        return list;
    }

    private record Segment(String text, boolean variable, String value) {
    }
}
