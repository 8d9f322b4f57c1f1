package org.localvoice.access.web;

import org.localvoice.access.CurrentUser;
import org.localvoice.access.Role;

/** Where each role lands after signing in. */
final class Homes {

    private Homes() {
    }

    static String homeOf(CurrentUser user) {
        if (user.has(Role.PLATFORM_ADMIN)) {
            return "/admin";
        }
        if (user.has(Role.NATIONAL_VIEWER)) {
            return "/national";
        }
        if (user.has(Role.HOST_MANAGER) || user.has(Role.HOST_STAFF)) {
            return "/manage";
        }
        return "/account";
    }
}
