package org.localvoice.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.localvoice.access.CurrentUser;
import org.localvoice.tenancy.NetworkSummary;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's layout needs: the network, the signed-in user, the navigation, the languages and
 * the text direction. Error pages are included: they are shown for the address the visitor asked for.
 */
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
                ApiRequests.originalPath(request));
    }

    @ModelAttribute("lvLanguages")
    List<Language> languages(HttpServletRequest request) {
        String path = ApiRequests.originalPath(request);
        String query = request.getDispatcherType() == DispatcherType.ERROR ? null : request.getQueryString();
        return Languages.OFFERED.stream().map(locale -> new Language(locale.getLanguage(),
                locale.getDisplayLanguage(locale),
                UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang", locale.getLanguage())
                        .build().toUriString())).toList();
    }

    /** {@code rtl} for Urdu, otherwise {@code ltr}: the page's {@code dir}. */
    @ModelAttribute("lvDirection")
    String direction(Locale locale) {
        return Languages.rightToLeft(locale) ? "rtl" : "ltr";
    }

    /** A language the visitor can switch to; {@code switchHref} is this page in that language. */
    record Language(String tag, String nativeName, String switchHref) {
    }
}
