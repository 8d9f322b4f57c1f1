package org.localvoice.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.localvoice.access.CurrentUser;
import org.localvoice.tenancy.NetworkSummary;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page's layout needs: the network, the signed-in user, the navigation and the languages. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    private final Navigation navigation;

    LayoutModel(Navigation navigation) {
        this.navigation = navigation;
    }

    @ModelAttribute("lvNetwork")
    NetworkSummary network(HttpServletRequest request) {
        return (NetworkSummary) request.getAttribute("lvNetwork");
    }

    @ModelAttribute("lvUser")
    CurrentUser user() {
        return CurrentUser.get().orElse(null);
    }

    @ModelAttribute("lvNavigation")
    List<Navigation.Item> navigation(HttpServletRequest request) {
        return navigation.itemsFor(CurrentUser.get().orElse(null), (NetworkSummary) request.getAttribute("lvNetwork"),
                request.getRequestURI());
    }

    @ModelAttribute("lvLanguages")
    List<Language> languages(HttpServletRequest request) {
        return Languages.OFFERED.stream().map(locale -> new Language(locale.getLanguage(),
                locale.getDisplayLanguage(locale),
                ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", locale.getLanguage())
                        .replacePath(request.getRequestURI()).build().toUriString())).toList();
    }

    record Language(String tag, String nativeName, String switchHref) {
    }

    /** Languages the interface is offered in; the first is the default. */
    static final class Languages {
        static final List<Locale> OFFERED = List.of(Locale.ENGLISH, Locale.forLanguageTag("ur"));

        private Languages() {
        }
    }
}
