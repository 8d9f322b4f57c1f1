package org.localvoice.access.web;

import org.localvoice.access.domain.Totp;
import org.springframework.ui.Model;

/** What the set-up page shows: the secret in groups, the authenticator address, and where to post the code. */
final class TwoFactorSetupModel {

    static final String ISSUER = "Local Voice";

    private TwoFactorSetupModel() {
    }

    static void fill(Model model, String email, String secret, String action, boolean duringSignIn) {
        model.addAttribute("secretGrouped", Totp.grouped(secret));
        model.addAttribute("otpauthUri", Totp.uri(ISSUER, email, secret));
        model.addAttribute("action", action);
        model.addAttribute("duringSignIn", duringSignIn);
    }
}
