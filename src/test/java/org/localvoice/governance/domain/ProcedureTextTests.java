package org.localvoice.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Procedure text is Markdown; whatever HTML is typed into it is shown as text. */
class ProcedureTextTests {

    private final ProcedureText text = new ProcedureText();

    @Test
    void headingsListsAndParagraphsGetGovukStyles() {
        String html = text.html("## Who decides\n\nThe group.\n\n- one\n- two\n\n1. first\n");
        assertThat(html).contains("<h2 class=\"govuk-heading-m\">Who decides</h2>")
                .contains("<p class=\"govuk-body\">The group.</p>")
                .contains("<ul class=\"govuk-list govuk-list--bullet\">")
                .contains("<ol class=\"govuk-list govuk-list--number\">");
    }

    @Test
    void typedHtmlAndScriptLinksAreNeutralised() {
        String html = text.html("<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[click](javascript:alert(3))");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("javascript:")
                .contains("&lt;script&gt;");
    }
}
