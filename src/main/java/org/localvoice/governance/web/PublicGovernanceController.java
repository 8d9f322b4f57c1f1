package org.localvoice.governance.web;

import java.util.Arrays;
import java.util.UUID;
import org.localvoice.governance.DecisionCategory;
import org.localvoice.governance.domain.DecisionView;
import org.localvoice.governance.domain.Decisions;
import org.localvoice.governance.domain.ProcedureText;
import org.localvoice.governance.domain.ProcedureVersion;
import org.localvoice.governance.domain.Procedures;
import org.localvoice.shared.PageRequestParams;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public face of a LINk's governance (SI 2008/528 reg 2): its required procedures, current and
 * past versions, and the register of published decisions with their reasons. Drafts and unpublished
 * decisions are never shown.
 */
@Controller
@RequestMapping("/n/{slug}")
class PublicGovernanceController {

    private final Networks networks;
    private final Procedures procedures;
    private final Decisions decisions;
    private final ProcedureText text;

    PublicGovernanceController(Networks networks, Procedures procedures, Decisions decisions, ProcedureText text) {
        this.networks = networks;
        this.procedures = procedures;
        this.decisions = decisions;
        this.text = text;
    }

    @GetMapping("/procedures")
    String procedures(@PathVariable String slug, @RequestParam(required = false) Integer page, Model model) {
        NetworkSummary network = network(slug);
        Page<ProcedureVersion> all = procedures.published(PageRequestParams.of(page, 25, Sort.unsorted()));
        model.addAttribute("network", network).addAttribute("current", procedures.currentPublished())
                .addAttribute("versions", all);
        Pages.links(model, all, "/n/" + network.slug() + "/procedures");
        return "governance/public-procedures";
    }

    @GetMapping("/procedures/{versionId}")
    String procedure(@PathVariable String slug, @PathVariable UUID versionId, Model model) {
        NetworkSummary network = network(slug);
        ProcedureVersion v = procedures.version(versionId).filter(ProcedureVersion::isPublished)
                .orElseThrow(ProceduresController::notFound);
        model.addAttribute("network", network).addAttribute("v", v).addAttribute("bodyHtml", text.html(v.getBody()))
                .addAttribute("versions", procedures.versionsOf(v.getProcedureId()).stream()
                        .filter(ProcedureVersion::isPublished).toList());
        return "governance/public-procedure";
    }

    @GetMapping("/decisions")
    String decisions(@PathVariable String slug, @RequestParam(required = false) String category,
            @RequestParam(required = false) Integer page, Model model) {
        NetworkSummary network = network(slug);
        DecisionCategory c = DecisionsController.category(category);
        Page<DecisionView> result = decisions.published(c, PageRequestParams.of(page, 20, Sort.unsorted()));
        model.addAttribute("network", network).addAttribute("decisions", result)
                .addAttribute("categories", Arrays.asList(DecisionCategory.values()))
                .addAttribute("category", c == null ? "" : c.name());
        Pages.links(model, result, "/n/" + network.slug() + "/decisions", "category", c == null ? null : c.name());
        return "governance/public-decisions";
    }

    @GetMapping("/decisions/{decisionId}")
    String decision(@PathVariable String slug, @PathVariable UUID decisionId, Model model) {
        NetworkSummary network = network(slug);
        DecisionView d = decisions.view(decisionId).filter(v -> v.decision().isPublished())
                .orElseThrow(ProceduresController::notFound);
        model.addAttribute("network", network).addAttribute("d", d);
        return "governance/public-decision";
    }

    private NetworkSummary network(String slug) {
        return networks.findBySlug(slug).orElseThrow(ProceduresController::notFound);
    }
}
