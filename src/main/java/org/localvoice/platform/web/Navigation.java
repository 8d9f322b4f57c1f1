package org.localvoice.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.localvoice.access.CurrentUser;
import org.localvoice.access.Role;
import org.localvoice.tenancy.NetworkSummary;
import org.springframework.stereotype.Component;

/** The service navigation, which depends on who is signed in and which network's pages are shown. */
@Component
class Navigation {

    /** A link: {@code current} when it is this page, {@code active} when this page is in its section. */
    record Item(String labelKey, String href, boolean active, boolean current) {
    }

    List<Item> itemsFor(CurrentUser user, NetworkSummary network, String path) {
        List<Item> items = new ArrayList<>();
        if (network != null && path.startsWith("/n/")) {
            add(items, "nav.networkHome", "/n/" + network.slug(), path);
        }
        if (user == null) {
            add(items, "nav.findNetwork", "/networks", path);
            return items;
        }
        if (user.has(Role.HOST_STAFF) || user.has(Role.HOST_MANAGER)) {
            add(items, "nav.dashboard", "/manage", path);
        }
        if (user.has(Role.HOST_MANAGER)) {
            add(items, "nav.people", "/manage/people", path);
            add(items, "nav.audit", "/manage/audit", path);
        }
        if (user.has(Role.NATIONAL_VIEWER) || user.has(Role.PLATFORM_ADMIN)) {
            add(items, "nav.national", "/national", path);
        }
        if (user.has(Role.PLATFORM_ADMIN)) {
            add(items, "nav.admin", "/admin", path);
            add(items, "nav.outbox", "/admin/outbox", path);
        }
        add(items, "nav.account", "/account", path);
        return items;
    }

    private static void add(List<Item> items, String key, String href, String path) {
        boolean current = path.equals(href);
        boolean active = current || (href.length() > 1 && path.startsWith(href + "/"));
        items.add(new Item(key, href, active, current));
    }
}
