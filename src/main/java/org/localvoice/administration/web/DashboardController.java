package org.localvoice.administration.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.localvoice.access.Accounts;
import org.localvoice.access.CurrentUser;
import org.localvoice.access.Role;
import org.localvoice.administration.DashboardPanel;
import org.localvoice.tenancy.Networks;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/** The host staff's dashboard: their network, its accounts by role, the way to each area and other modules' panels. */
@Controller
class DashboardController {

    private final Networks networks;
    private final Accounts accounts;
    private final List<DashboardPanel> panels;

    DashboardController(Networks networks, Accounts accounts, List<DashboardPanel> panels) {
        this.networks = networks;
        this.accounts = accounts;
        this.panels = panels.stream().sorted(Comparator.comparingInt(DashboardPanel::order)).toList();
    }

    @GetMapping("/manage")
    String dashboard(Model model) {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        UUID networkId = user.networkId();
        if (networkId == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("summary", networks.findById(networkId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        Map<Role, Long> counts = accounts.countByRole(networkId);
        model.addAttribute("roleCounts", AccountForm.NETWORK_ROLES.stream()
                .map(r -> new RoleCount(r, counts.getOrDefault(r, 0L))).toList());
        model.addAttribute("manager", user.has(Role.HOST_MANAGER));
        model.addAttribute("panels", panels.stream().map(p -> new Panel(p.headingKey(), p.entries(networkId))).toList());
        return "manage/dashboard";
    }

    public record RoleCount(Role role, long count) {
    }

    public record Panel(String headingKey, List<DashboardPanel.Entry> entries) {
    }
}
