package org.localvoice.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.localvoice.access.CurrentUser;
import org.localvoice.access.Role;
import org.localvoice.tenancy.NetworkSummary;
import org.springframework.stereotype.Component;

/** The service navigation, which depends on who is signed in and which network's pages are shown. */
@Component
class Navigation {

    /**
     * A link: {@code current} when it is this page, {@code active} when this page is in its section (only
     * the most specific section is active: on {@code /manage/people/x} that is People, not the dashboard).
     */
    record Item(String labelKey, String href, boolean active, boolean current) {
    }

    List<Item> itemsFor(CurrentUser user, NetworkSummary network, String path) {
        List<String[]> links = new ArrayList<>();
        if (network != null && path.startsWith("/n/")) {
            links.add(new String[] {"nav.networkHome", "/n/" + network.slug()});
        }
        if (user == null) {
            links.add(new String[] {"nav.findNetwork", "/find"});
            links.add(new String[] {"nav.deadlines", "/deadlines"});
            return items(links, path);
        }
        if (user.has(Role.HOST_STAFF) || user.has(Role.HOST_MANAGER)) {
            links.add(new String[] {"nav.dashboard", "/manage"});
            links.add(new String[] {"nav.views", "/manage/views"});
            links.add(new String[] {"nav.insight", "/manage/views/insight"});
            links.add(new String[] {"nav.whatChanged", "/manage/impact"});
            links.add(new String[] {"nav.powers", "/manage/powers"});
            links.add(new String[] {"nav.visits", "/manage/visits"});
            links.add(new String[] {"nav.representatives", "/manage/representatives"});
            links.add(new String[] {"nav.participants", "/manage/participants"});
            links.add(new String[] {"nav.decisions", "/manage/decisions"});
            links.add(new String[] {"nav.procedures", "/manage/procedures"});
            links.add(new String[] {"nav.directory", "/manage/directory"});
            links.add(new String[] {"nav.responders", "/manage/responders"});
        }
        if (user.has(Role.GOVERNING_MEMBER) || user.has(Role.HOST_MANAGER)) {
            links.add(new String[] {"nav.signOffs", "/governance/sign-offs"});
        }
        if (user.has(Role.HOST_MANAGER)) {
            links.add(new String[] {"nav.people", "/manage/people"});
            links.add(new String[] {"nav.audit", "/manage/audit"});
        }
        if (user.has(Role.AUTHORISED_REPRESENTATIVE)) {
            links.add(new String[] {"nav.myVisits", "/visits"});
        }
        if (user.has(Role.SCRUTINY_OFFICER)) {
            links.add(new String[] {"nav.scrutiny", "/scrutiny/referrals"});
        }
        if (user.has(Role.SERVICE_RESPONDER)) {
            links.add(new String[] {"nav.respond", "/respond"});
            links.add(new String[] {"nav.respondViews", "/respond/views"});
        }
        if (user.has(Role.NATIONAL_VIEWER) || user.has(Role.PLATFORM_ADMIN)) {
            links.add(new String[] {"nav.national", "/national"});
        }
        if (user.has(Role.PLATFORM_ADMIN)) {
            links.add(new String[] {"nav.admin", "/admin"});
            links.add(new String[] {"nav.calendar", "/admin/calendar"});
            links.add(new String[] {"nav.directoryImports", "/admin/directory/imports"});
            links.add(new String[] {"nav.outbox", "/admin/outbox"});
        }
        if (user.has(Role.PARTICIPANT) || user.has(Role.AUTHORISED_REPRESENTATIVE)) {
            links.add(new String[] {"nav.myData", "/account/my-data"});
        }
        links.add(new String[] {"nav.account", "/account"});
        return items(links, path);
    }

    private static List<Item> items(List<String[]> links, String path) {
        String section = links.stream().map(l -> l[1]).filter(href -> within(path, href))
                .max(Comparator.comparingInt(String::length)).orElse(null);
        return links.stream().map(l -> new Item(l[0], l[1], l[1].equals(section), l[1].equals(path))).toList();
    }

    private static boolean within(String path, String href) {
        return path.equals(href) || (href.length() > 1 && path.startsWith(href + "/"));
    }
}
