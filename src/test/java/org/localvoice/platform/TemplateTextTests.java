package org.localvoice.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No hard-coded text in templates: every word a visitor can read or hear comes from a message bundle.
 * Text in the markup is allowed only as a placeholder inside an element whose content Thymeleaf
 * replaces ({@code th:text}, {@code th:utext}, {@code th:replace}, {@code th:insert},
 * {@code th:remove}); readable attributes ({@code aria-label}, {@code title}, {@code alt},
 * {@code placeholder}, button values, the page description) must be {@code th:} attributes.
 * Every template under {@code templates/} is checked, including those added later.
 */
class TemplateTextTests {

    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove",
            "data-th-text", "data-th-utext", "data-th-replace", "data-th-insert");
    private static final Set<String> READABLE_ATTRIBUTES = Set.of("aria-label", "title", "alt", "placeholder",
            "aria-description", "aria-roledescription", "aria-valuetext");
    private static final Set<String> IGNORED_ELEMENTS = Set.of("script", "style");

    static Stream<String> templates() {
        return I18nCompletenessTests.Templates.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void templateHasNoHardCodedText(String template) {
        assertThat(hardCodedText(I18nCompletenessTests.Templates.source(template)))
                .as("hard-coded text in %s: put it in a message bundle and use th:text=\"#{key}\"", template)
                .isEmpty();
    }

    @Test
    void findsHardCodedTextAndReadableAttributes() {
        String source = """
                <html><body>
                  <h1>Welcome</h1>
                  <p th:text="#{ok}">placeholder is fine</p>
                  <div th:replace="~{x :: y}"><span>replaced</span></div>
                  <a href="/" aria-label="Home">&rarr;</a>
                  <a href="/" th:aria-label="#{home}">&rarr;</a>
                  <img src="a.png" alt="A picture">
                  <input type="submit" value="Send">
                  <input type="text" value="42">
                  <th:block th:text="#{fine}">fine</th:block>
                  <script>var hidden = 'code';</script><style>p { color: red; }</style>
                  <!-- comments are fine -->
                  <p>  12 – 3  </p>
                </body></html>
                """;
        assertThat(hardCodedText(source)).containsExactlyInAnyOrder(
                "text in <h1>: Welcome", "aria-label on <a>: Home", "alt on <img>: A picture", "value on <input>: Send");
    }

    static List<String> hardCodedText(String source) {
        Document document = Jsoup.parse(source, "", Parser.htmlParser().setTrackErrors(0));
        List<String> found = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            if (ignored(element)) {
                continue;
            }
            for (TextNode text : element.textNodes()) {
                if (LETTER.matcher(text.text()).find() && !replaced(element)) {
                    found.add("text in <" + element.tagName() + ">: " + text.text().strip());
                }
            }
            for (Attribute attribute : element.attributes()) {
                if (readable(element, attribute.getKey()) && LETTER.matcher(attribute.getValue()).find()) {
                    found.add(attribute.getKey() + " on <" + element.tagName() + ">: " + attribute.getValue());
                }
            }
        }
        return found;
    }

    private static boolean readable(Element element, String attribute) {
        if (READABLE_ATTRIBUTES.contains(attribute)) {
            return true;
        }
        if (attribute.equals("value") && element.tagName().equals("input")) {
            String type = element.attr("type");
            return type.equals("submit") || type.equals("button") || type.equals("reset");
        }
        return attribute.equals("content") && element.tagName().equals("meta")
                && List.of("description", "keywords").contains(element.attr("name"));
    }

    private static boolean ignored(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (IGNORED_ELEMENTS.contains(e.tagName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean replaced(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            for (Attribute attribute : e.attributes()) {
                if (REPLACING.contains(attribute.getKey())) {
                    return true;
                }
            }
        }
        return false;
    }
}
