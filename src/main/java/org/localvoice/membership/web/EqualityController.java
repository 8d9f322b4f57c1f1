package org.localvoice.membership.web;

import jakarta.servlet.http.HttpSession;
import java.util.EnumMap;
import java.util.Map;
import org.localvoice.membership.domain.EqualityMonitoring;
import org.localvoice.membership.domain.EqualityQuestion;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The voluntary equality questions, offered once right after joining. The answers are stored with
 * nothing that links them to the person (not even the session's participant), see decision 0030.
 */
@Controller
class EqualityController {

    private final Networks networks;
    private final EqualityMonitoring equality;

    EqualityController(Networks networks, EqualityMonitoring equality) {
        this.networks = networks;
        this.equality = equality;
    }

    @GetMapping("/n/{slug}/join/equality")
    String questions(@PathVariable String slug, HttpSession session, Model model) {
        model.addAttribute("network", network(slug)).addAttribute("questions", EqualityQuestion.values())
                .addAttribute("offered", Boolean.TRUE.equals(session.getAttribute(JoinController.JUST_JOINED)));
        return "membership/equality-questions";
    }

    @PostMapping("/n/{slug}/join/equality")
    String answer(@PathVariable String slug, @RequestParam Map<String, String> params, HttpSession session, Model model) {
        NetworkSummary network = network(slug);
        if (Boolean.TRUE.equals(session.getAttribute(JoinController.JUST_JOINED))) {
            Map<EqualityQuestion, String> given = new EnumMap<>(EqualityQuestion.class);
            for (EqualityQuestion q : EqualityQuestion.values()) {
                String a = params.get(q.name());
                if (q.accepts(a)) {
                    given.put(q, a);
                }
            }
            equality.record(given);
            session.removeAttribute(JoinController.JUST_JOINED);
        }
        model.addAttribute("network", network);
        return "membership/equality-done";
    }

    private NetworkSummary network(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
