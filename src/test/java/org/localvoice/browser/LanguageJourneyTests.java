package org.localvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

class LanguageJourneyTests extends BrowserJourney {

    @Test
    void switchingToUrduTurnsThePageRightToLeftAndBack() {
        open("/n/trafford");
        screenshot("network-en");

        find(".lv-language-switcher a[lang=ur]").click();

        assertThat(find("html").getAttribute("dir")).isEqualTo("rtl");
        assertThat(find("html").getAttribute("lang")).isEqualTo("ur");
        assertThat(find("h2").getText()).isEqualTo("اپنی رائے کیسے دیں");
        assertThat(find(".govuk-service-navigation__service-name").getText()).isEqualTo("Trafford LINk");
        screenshot("network-ur");

        find(".lv-language-switcher a[lang=en]").click();

        assertThat(find("html").getAttribute("dir")).isEqualTo("ltr");
        assertThat(find("h2").getText()).isEqualTo("How to have your say");
    }

    @Test
    void urduPagesFitASmallScreen() {
        driver.manage().window().setSize(new Dimension(390, 844));
        open("/?lang=ur");

        Number overflow = (Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(0);
        screenshot("home-ur-mobile");
    }

    @Test
    void theLanguageChoiceSurvivesSigningIn() {
        open("/sign-in?lang=ur");
        signIn("staff@trafford.example", PASSWORD);

        waitForPath("/manage");
        assertThat(find("html").getAttribute("lang")).isEqualTo("ur");
        assertThat(find("form[action$='/sign-out'] button").getText()).isEqualTo("سائن آؤٹ کریں");
        screenshot("staff-landing-ur");
    }
}
