package org.localvoice.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Switching between English and Urdu with {@code ?lang=}, remembered across pages and signing in. */
@ServedApplication
class LanguageTests {

    @LocalServerPort
    int port;

    Visitor visitor;

    @BeforeEach
    void newVisitor() {
        visitor = new Visitor(port);
    }

    @Test
    void pagesAreInEnglishLeftToRightByDefault() {
        Document home = visitor.document("/");

        assertThat(home.select("html").attr("lang")).isEqualTo("en");
        assertThat(home.select("html").attr("dir")).isEqualTo("ltr");
        assertThat(home.select("meta[name=description]").attr("content")).contains("Local Involvement Network");
    }

    @Test
    void urduIsRightToLeftAndRemembered() {
        Document switched = visitor.document("/?lang=ur");
        Document next = visitor.document("/networks");

        assertThat(switched.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(switched.select("h1").text()).isEqualTo("صحت اور سماجی نگہداشت کے بارے میں اپنی رائے دیں");
        assertThat(visitor.cookie("lv-lang")).isEqualTo("ur");
        assertThat(next.select("html").attr("lang")).isEqualTo("ur");
        assertThat(next.select("a[hreflang=en]").attr("href")).isEqualTo("/networks?lang=en");
    }

    @Test
    void theSwitcherOffersOnlyTheOtherSupportedLanguageAndKeepsTheQuery() {
        Document page = visitor.document("/sign-in?error=invalid");

        assertThat(page.select(".lv-language-switcher a")).hasSize(1);
        assertThat(page.select(".lv-language-switcher a").attr("href")).isEqualTo("/sign-in?error=invalid&lang=ur");
        assertThat(page.select(".lv-language-switcher a").attr("lang")).isEqualTo("ur");
        assertThat(page.select(".lv-language-switcher [aria-current]").text()).isEqualTo("English");
    }

    @Test
    void anUnsupportedLanguageIsIgnored() {
        visitor.document("/?lang=ur");

        Document page = visitor.document("/?lang=fr");

        assertThat(page.select("html").attr("lang")).isEqualTo("ur");
        assertThat(visitor.cookie("lv-lang")).isEqualTo("ur");
        assertThat(new Visitor(port).document("/?lang=xx-invalid").select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void theChoiceSurvivesSigningInAndOut() {
        visitor.document("/sign-in?lang=ur");
        visitor.signIn("staff@trafford.example", "local-voice-demo");

        Document signedIn = visitor.document("/n/trafford");

        assertThat(signedIn.select("html").attr("lang")).isEqualTo("ur");
        assertThat(signedIn.select("form[action=/sign-out] button").text()).isEqualTo("سائن آؤٹ کریں");
    }
}
