package org.localvoice.governance.domain;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders a procedure's text, written in Markdown, as safe HTML with CommonMark: any HTML typed into
 * the text is escaped, not passed through, and link addresses are sanitised (no {@code javascript:}),
 * so the public page can show it unescaped. Headings, lists and paragraphs get GOV.UK classes.
 */
@Component
public class ProcedureText {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                String css = switch (tagName) {
                    case "p" -> "govuk-body";
                    case "h1", "h2" -> "govuk-heading-m";
                    case "h3", "h4", "h5", "h6" -> "govuk-heading-s";
                    case "ul" -> "govuk-list govuk-list--bullet";
                    case "ol" -> "govuk-list govuk-list--number";
                    case "a" -> "govuk-link";
                    default -> null;
                };
                if (css != null) {
                    attributes.put("class", css);
                }
            }).build();

    /** The text as safe HTML. */
    public String html(String markdown) {
        return renderer.render(parser.parse(markdown == null ? "" : markdown));
    }
}
