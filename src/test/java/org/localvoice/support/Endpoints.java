package org.localvoice.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application registers ({@code METHOD path-pattern}), found from the handler
 * mappings, without the framework's own endpoints ({@link #FRAMEWORK}). App-wide tests (tenant
 * isolation, role matrix) iterate these, so an endpoint added later is covered without editing them.
 * A mapping that names no HTTP method is listed once for each of {@link #UNRESTRICTED}: declare the
 * method on every mapping ({@code @GetMapping}, {@code @PostMapping}) to keep the lists short.
 */
public final class Endpoints {

    /** Framework endpoints, excluded: they carry no product data and are secured by the filter chains. */
    public static final List<String> FRAMEWORK = List.of(
            "/error", "/error/**",                          // Boot's error controller (error pages)
            "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", // springdoc OpenAPI description
            "/api/docs", "/api/docs/**",                   // springdoc Swagger UI (configured path)
            "/swagger-ui.html", "/swagger-ui/**",          // springdoc Swagger UI (default path)
            "/actuator", "/actuator/**");                  // actuator (health probes)

    /** The methods a mapping without a method condition is called with. */
    public static final List<String> UNRESTRICTED = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private static final AntPathMatcher ANT = new AntPathMatcher();
    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([A-Za-z0-9_]+)(?::[^{}]*(?:\\{[^{}]*\\}[^{}]*)*)?\\}");

    private Endpoints() {
    }

    /** All product endpoints, sorted by path pattern, then method. */
    public static List<Endpoint> of(ApplicationContext context) {
        Map<String, Endpoint> found = new LinkedHashMap<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
                Set<RequestMethod> declared = e.getKey().getMethodsCondition().getMethods();
                List<String> methods = declared.isEmpty() ? UNRESTRICTED
                        : declared.stream().map(RequestMethod::name).sorted().toList();
                for (String pattern : e.getKey().getPatternValues()) {
                    if (framework(pattern)) {
                        continue;
                    }
                    for (String method : methods) {
                        Endpoint endpoint = new Endpoint(method, pattern, e.getValue());
                        found.putIfAbsent(endpoint.key(), endpoint);
                    }
                }
            }
        }
        List<Endpoint> all = new ArrayList<>(found.values());
        all.sort(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
        return all;
    }

    public static boolean framework(String pattern) {
        return FRAMEWORK.stream().anyMatch(f -> ANT.match(f, pattern));
    }

    /** What a path variable stands for, which decides the values tests put in its place. */
    public enum Kind {
        /** {@code {slug}}: a network's slug. */
        SLUG,
        /** {@code {id}}, {@code {somethingId}} or any UUID-typed variable: a record's id. */
        ID,
        /** Anything else: a sample value of the parameter's type. */
        OTHER
    }

    /** One registered endpoint: HTTP method, path pattern, and the controller method serving it. */
    public record Endpoint(String method, String pattern, HandlerMethod handler) {

        /** {@code METHOD pattern}: the row key of the role matrix. */
        public String key() {
            return method + " " + pattern;
        }

        public boolean safe() {
            return "GET".equals(method);
        }

        public boolean api() {
            return pattern.startsWith("/api/");
        }

        /** A public page of one network: {@code /n/{slug}/...}, or its open API {@code /api/v1/public/networks/{slug}/...}. */
        public boolean publicNetworkPage() {
            return pattern.startsWith("/n/{") || pattern.startsWith("/api/v1/public/networks/{");
        }

        public List<String> variables() {
            List<String> names = new ArrayList<>();
            Matcher m = VARIABLE.matcher(pattern);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        public boolean hasIds() {
            return variables().stream().anyMatch(v -> kind(v) == Kind.ID);
        }

        public Kind kind(String variable) {
            MethodParameter parameter = parameter(variable);
            if (parameter != null && UUID.class.equals(parameter.getParameterType())) {
                return Kind.ID;
            }
            if ("slug".equals(variable)) {
                return Kind.SLUG;
            }
            if ("id".equals(variable) || variable.endsWith("Id")) {
                return Kind.ID;
            }
            return Kind.OTHER;
        }

        /** A plausible value for a variable that is neither a slug nor an id, from its parameter's type. */
        public String sample(String variable) {
            MethodParameter parameter = parameter(variable);
            Class<?> type = parameter == null ? String.class : parameter.getParameterType();
            if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
                return "1";
            }
            if (type == boolean.class || type == Boolean.class) {
                return "true";
            }
            if (type == java.time.LocalDate.class) {
                return "2026-01-15";
            }
            if (type == java.time.Year.class) {
                return "2026";
            }
            if (type.isEnum() && type.getEnumConstants().length > 0) {
                return ((Enum<?>) type.getEnumConstants()[0]).name();
            }
            return "sample";
        }

        /** The pattern with each variable replaced by {@code values.apply(variable)} (not encoded: values are plain). */
        public String expand(java.util.function.Function<String, String> values) {
            Matcher m = VARIABLE.matcher(pattern);
            StringBuilder url = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(url, Matcher.quoteReplacement(values.apply(m.group(1))));
            }
            m.appendTail(url);
            return url.toString();
        }

        private MethodParameter parameter(String variable) {
            for (MethodParameter p : handler.getMethodParameters()) {
                PathVariable pv = p.getParameterAnnotation(PathVariable.class);
                if (pv == null) {
                    continue;
                }
                String name = !pv.name().isEmpty() ? pv.name() : !pv.value().isEmpty() ? pv.value() : p.getParameterName();
                if (variable.equals(name)) {
                    return p;
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return key() + " -> " + handler.getShortLogMessage();
        }
    }

    /** The distinct path patterns of some endpoints, sorted. */
    public static Set<String> patterns(List<Endpoint> endpoints) {
        Set<String> patterns = new TreeSet<>();
        endpoints.forEach(e -> patterns.add(e.pattern()));
        return patterns;
    }
}
