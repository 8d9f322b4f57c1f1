package org.localvoice.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every message bundle under {@code messages/} has an Urdu twin with the same keys (and the same
 * placeholders), every message a template names exists, and messages are written so that
 * {@code MessageFormat} shows them as written. Bundles and templates are found by scanning, so new
 * ones are covered without touching this class. See {@link TemplateTextTests} for hard-coded text.
 */
class I18nCompletenessTests {

    static final List<String> TRANSLATIONS = List.of("ur");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    static Stream<String> bundles() {
        return Messages.bundleNames().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void everyBundleHasAnUrduTranslationWithTheSameKeys(String bundle) {
        for (String language : TRANSLATIONS) {
            String translated = bundle + "_" + language;
            assertThat(Messages.exists(translated)).as("messages/%s.properties must exist", translated).isTrue();
            Properties english = Messages.load(bundle);
            Properties other = Messages.load(translated);
            assertThat(other.stringPropertyNames()).as("keys of %s missing in %s", bundle, translated)
                    .containsAll(english.stringPropertyNames());
            assertThat(english.stringPropertyNames()).as("keys of %s not in %s", translated, bundle)
                    .containsAll(other.stringPropertyNames());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void translationsUseTheSamePlaceholdersAndNoMessageIsBlank(String bundle) {
        Properties english = Messages.load(bundle);
        for (String language : TRANSLATIONS) {
            String translated = bundle + "_" + language;
            if (!Messages.exists(translated)) {
                continue; // reported by everyBundleHasAnUrduTranslationWithTheSameKeys
            }
            Properties other = Messages.load(translated);
            Map<String, String> wrong = new TreeMap<>();
            for (String key : other.stringPropertyNames()) {
                String value = other.getProperty(key);
                if (value.isBlank()) {
                    wrong.put(key, "blank");
                } else if (english.containsKey(key) && !placeholders(english.getProperty(key)).equals(placeholders(value))) {
                    wrong.put(key, "placeholders " + placeholders(value) + " but English has "
                            + placeholders(english.getProperty(key)));
                }
            }
            english.stringPropertyNames().stream().filter(k -> english.getProperty(k).isBlank())
                    .forEach(k -> wrong.put(k, "blank in English"));
            assertThat(wrong).as("messages in %s", translated).isEmpty();
        }
    }

    /**
     * Spring formats a message with {@code MessageFormat} only when it has arguments. So a message with
     * a placeholder must double its apostrophes ({@code ''}) and a message without one must not.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("everyFile")
    void apostrophesAreWrittenAsMessageFormatWillShowThem(String file) {
        Properties messages = Messages.load(file);
        Map<String, String> wrong = new TreeMap<>();
        for (String key : messages.stringPropertyNames()) {
            String value = messages.getProperty(key);
            boolean formatted = PLACEHOLDER.matcher(value).find();
            if (formatted && LONE_QUOTE.matcher(value).find()) {
                wrong.put(key, "has a placeholder, so write an apostrophe as ''");
            } else if (!formatted && value.contains("''")) {
                wrong.put(key, "has no placeholder, so write an apostrophe as '");
            }
        }
        assertThat(wrong).as("apostrophes in %s", file).isEmpty();
    }

    static Stream<String> everyFile() {
        return Messages.fileNames().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyFile")
    void bundlesAreUtf8(String file) {
        assertThat(Messages.isUtf8(file)).as("messages/%s.properties must be UTF-8", file).isTrue();
    }

    @Test
    void everyTranslationHasAnEnglishBundle() {
        Set<String> orphans = new TreeSet<>();
        for (String file : Messages.fileNames()) {
            int underscore = file.indexOf('_');
            if (underscore > 0 && !Messages.exists(file.substring(0, underscore))) {
                orphans.add(file);
            }
        }
        assertThat(orphans).isEmpty();
    }

    static Stream<String> templates() {
        return Templates.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyMessageATemplateUsesExistsInEnglish(String template) {
        Properties english = Messages.allEnglish();
        Set<String> missing = new TreeSet<>();
        for (String key : Templates.messageKeys(Templates.source(template))) {
            boolean found = key.endsWith(".")
                    // a dynamic key such as #messages.msg('directory.type.' + t.name()): its prefix must be in use
                    ? english.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                    : english.containsKey(key);
            if (!found) {
                missing.add(key);
            }
        }
        assertThat(missing).as("message keys used in %s with no message in messages/*.properties", template).isEmpty();
    }

    @Test
    void messageKeysAreFoundInEveryFormTemplatesUse() {
        String source = """
                <p th:text="#{a.plain}">x</p><p th:text="#{b.withArgs(${n}, 'x')}">x</p>
                <p th:text="${x} ? #{c.ternary} : #messages.msg('d.utility')">x</p>
                <p th:text="#{${dynamic.key}}">x</p><p th:text="#messages.msgWithParams('e.params', ${a})">x</p>
                <p th:title="#{f.attr}" th:text="#messages.msgOrNull('g.orNull')">x</p>
                <!--/* <p th:text="#{in.a.comment}">x</p> */-->
                """;
        assertThat(Templates.messageKeys(source))
                .containsExactlyInAnyOrder("a.plain", "b.withArgs", "c.ternary", "d.utility", "e.params", "f.attr", "g.orNull");
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The message bundles of the application (not of its libraries), read as UTF-8. */
    static final class Messages {

        static List<Resource> files() {
            List<Resource> files = new ArrayList<>();
            for (Resource r : Templates.resources("classpath*:messages/*.properties")) {
                files.add(r);
            }
            return files;
        }

        static Set<String> fileNames() {
            Set<String> names = new TreeSet<>();
            for (Resource r : files()) {
                names.add(r.getFilename().substring(0, r.getFilename().length() - ".properties".length()));
            }
            return names;
        }

        static Set<String> bundleNames() {
            Set<String> names = new TreeSet<>();
            for (String name : fileNames()) {
                if (!name.contains("_")) {
                    names.add(name);
                }
            }
            return names;
        }

        static boolean exists(String name) {
            return fileNames().contains(name);
        }

        static Properties load(String name) {
            Properties properties = new Properties();
            for (Resource r : files()) {
                if (r.getFilename().equals(name + ".properties")) {
                    try (Reader in = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
                        properties.load(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            return properties;
        }

        static Properties allEnglish() {
            Properties all = new Properties();
            bundleNames().forEach(b -> all.putAll(load(b)));
            return all;
        }

        static boolean isUtf8(String name) {
            for (Resource r : files()) {
                if (r.getFilename().equals(name + ".properties")) {
                    try {
                        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)
                                .decode(java.nio.ByteBuffer.wrap(r.getContentAsByteArray()));
                    } catch (CharacterCodingException e) {
                        return false;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            return true;
        }
    }

    /** The application's Thymeleaf templates and the message keys they name. */
    static final class Templates {

        private static final Pattern HASH_KEY = Pattern.compile("#\\{\\s*([A-Za-z0-9_.\\-]+)\\s*[(}]");
        private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
        private static final Pattern UTILITY_KEY = Pattern.compile("#messages\\.msg\\w*\\(\\s*'([^']+)'");

        static List<Resource> resources(String pattern) {
            try {
                List<Resource> found = new ArrayList<>();
                for (Resource r : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                    if ("file".equals(r.getURL().getProtocol())) {
                        found.add(r); // the application's own, not a library's
                    }
                }
                return found;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Template names relative to {@code templates/}, e.g. {@code platform/home.html}. */
        static Set<String> names() {
            Set<String> names = new TreeSet<>();
            for (Resource r : resources("classpath*:templates/**/*.html")) {
                try {
                    String url = r.getURL().toString();
                    names.add(url.substring(url.lastIndexOf("/templates/") + "/templates/".length()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return names;
        }

        static String source(String name) {
            for (Resource r : resources("classpath*:templates/" + name)) {
                try {
                    return r.getContentAsString(StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            throw new IllegalArgumentException("No template " + name);
        }

        /** The keys named in the template, outside comments; keys computed at run time are not seen. */
        static Set<String> messageKeys(String source) {
            String markup = COMMENT.matcher(source).replaceAll("");
            Set<String> keys = new TreeSet<>();
            for (Pattern p : List.of(HASH_KEY, UTILITY_KEY)) {
                Matcher m = p.matcher(markup);
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
            return keys;
        }
    }
}
