package org.localvoice.powers.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.access.Accounts;
import org.localvoice.calendar.Duty;
import org.localvoice.directory.Directory;
import org.localvoice.directory.ProviderSummary;
import org.localvoice.governance.AuthorisingDecision;
import org.localvoice.governance.DecisionCategory;
import org.localvoice.governance.Governance;
import org.localvoice.governance.NewSignOff;
import org.localvoice.shared.TenantContext;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo cases for Trafford and Barnet under the governance module's demo decisions: requests for
 * information in every state (awaiting, due soon, overdue, answered on time, answered late, one
 * forwarded to the provider the demo service responder answers for), a signed-off report with
 * responses, and an OSC referral with its acknowledgement, an update and the committee's decisions.
 * Does nothing for a network that has cases already, or whose decisions are missing.
 */
@Component
@ConditionalOnProperty(name = "localvoice.demo-data", havingValue = "true")
class PowersDemoData {

    private static final Logger log = LoggerFactory.getLogger(PowersDemoData.class);

    private final Networks networks;
    private final Governance governance;
    private final Directory directory;
    private final Accounts accounts;
    private final InformationRequests requests;
    private final InformationRequestRepository requestRepository;
    private final Reports reports;
    private final OscReferrals referrals;
    private final Clocks clocks;

    PowersDemoData(Networks networks, Governance governance, Directory directory, Accounts accounts,
            InformationRequests requests, InformationRequestRepository requestRepository, Reports reports,
            OscReferrals referrals, Clocks clocks) {
        this.networks = networks;
        this.governance = governance;
        this.directory = directory;
        this.accounts = accounts;
        this.requests = requests;
        this.requestRepository = requestRepository;
        this.reports = reports;
        this.referrals = referrals;
        this.clocks = clocks;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    void load() {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo-data",
                null, List.of(new SimpleGrantedAuthority("ROLE_HOST_MANAGER"))));
        try {
            for (String slug : List.of("trafford", "barnet")) {
                networks.findBySlug(slug).ifPresent(n -> TenantContext.runAs(n.id(), () -> {
                    load(n);
                    return null;
                }));
            }
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private void load(NetworkSummary network) {
        if (requestRepository.count() > 0) {
            return;
        }
        LocalDate today = clocks.today();
        Optional<ProviderSummary> answering = accounts.detailsByEmail(network.id(), "responder@" + network.slug() + ".example")
                .flatMap(a -> directory.providersOfResponder(a.id()).stream().findFirst());
        decision(DecisionCategory.D_REQUEST_INFORMATION).ifPresent(d -> requestsIn(network, d, today, answering));
        decision(DecisionCategory.E_REPORT_OR_RECOMMENDATION).ifPresent(d -> report(network, d, today, answering));
        decision(DecisionCategory.G_REFER_TO_OSC).ifPresent(d -> referral(network, d, today));
        log.info("Demo powers cases loaded for {}", network.slug());
    }

    private Optional<UUID> decision(DecisionCategory category) {
        return governance.pickList(category).stream().map(AuthorisingDecision::id).findFirst();
    }

    private void requestsIn(NetworkSummary n, UUID decision, LocalDate today, Optional<ProviderSummary> answering) {
        String trust = n.localAuthorityName() + " acute hospital trust";
        Party commissioner = new Party(n.localAuthorityName() + " primary care trust", null,
                "information@" + n.slug() + "-pct.example", null);
        open(decision, commissioner, "Waiting times for hip operations", today.minusDays(3), today);
        open(decision, new Party(trust, null, null, null), "Discharge delays in the last quarter",
                startDueIn(today, 3), today);
        open(decision, commissioner, "GP practices closed to new patients", today.minusDays(50), today);
        InformationRequest onTime = open(decision, new Party(trust, null, null, null), "Complaints about hospital food",
                today.minusDays(40), today);
        requests.reply(onTime.getId(), new NewReply(ReplyKind.FULL, today.minusDays(30), Channel.EMAIL,
                "The trust gave the number of complaints for each ward and what it changed.", null, null, null));
        InformationRequest late = open(decision, commissioner, "Spending on community mental health",
                today.minusDays(70), today);
        requests.reply(late.getId(), new NewReply(ReplyKind.PARTIAL, today.minusDays(20), Channel.POST,
                "Totals were given; figures about named staff were withheld.", "Salaries of named staff",
                WithheldReason.PERSONAL_DATA, null));
        answering.ifPresent(p -> open(decision, new Party(p.name(), p.id(), p.email(), null),
                "Staffing levels at night", today.minusDays(10), today));
    }

    private InformationRequest open(UUID decision, Party to, String subject, LocalDate received, LocalDate today) {
        LocalDate sent = received.minusDays(1);
        return requests.open(new NewInformationRequest(decision, to, subject, List.of(
                "What are the figures for each of the last four quarters?",
                "What is being done to improve them?"), Channel.EMAIL, sent, received));
    }

    /** A start date whose reply falls due within a few days of today (a request that is due soon). */
    private LocalDate startDueIn(LocalDate today, int days) {
        LocalDate start = today;
        while (clocks.deadline(Duty.INFORMATION_REQUEST_REPLY, start).due().isAfter(today.plusDays(days))) {
            start = start.minusDays(1);
        }
        return start;
    }

    private void report(NetworkSummary n, UUID decision, LocalDate today, Optional<ProviderSummary> answering) {
        List<NewReport.Recipient> to = new java.util.ArrayList<>(List.of(new NewReport.Recipient(
                n.localAuthorityName() + " primary care trust", ReportRecipient.Role.COMMISSIONER, null,
                "information@" + n.slug() + "-pct.example")));
        answering.ifPresent(p -> to.add(new NewReport.Recipient(p.name(), ReportRecipient.Role.PROVIDER, p.id(), p.email())));
        Report report = reports.draft(new NewReport(decision, "Leaving hospital: what patients told us",
                "Forty people told the network about being discharged from hospital without a plan for care at home.",
                List.of("Give every patient a written discharge plan before they leave.",
                        "Tell the patient's GP on the day of discharge.",
                        "Check by telephone within two days that care at home has started."),
                List.of(new NewReport.Evidence("view", null, "Views gathered at the spring listening events")), to));
        governance.recordSignOff(new NewSignOff(GovernanceDecisionGate.REPORT_SUBJECT, report.getId(), "Version 1",
                today.minusDays(32), "Governing body meeting", "Minute 7"));
        reports.send(report.getId(), today.minusDays(30));
        List<Recommendation> recs = reports.recommendations(report.getId());
        ReportRecipient first = reports.recipients(report.getId()).get(0);
        reports.respond(report.getId(), first.getId(), List.of(
                new NewResponse(recs.get(0).getId(), RecommendationResponse.Answer.ACCEPTED,
                        "A discharge plan form from next quarter", null, today.plusDays(90), today.minusDays(5), Channel.EMAIL),
                new NewResponse(recs.get(1).getId(), RecommendationResponse.Answer.PARTLY,
                        "Electronic letters within two days", "Same-day letters need a new system", today.plusDays(90),
                        today.minusDays(5), Channel.EMAIL),
                new NewResponse(recs.get(2).getId(), RecommendationResponse.Answer.REJECTED, null,
                        "Community services do not have the staff to call every patient", null, today.minusDays(5),
                        Channel.EMAIL)));
    }

    private void referral(NetworkSummary n, UUID decision, LocalDate today) {
        OscReferral referral = referrals.open(decision, n.localAuthorityName() + " Health Scrutiny Committee",
                OscReferral.Matter.HEALTH, "Delays in patient transport to hospital appointments",
                "The network's report on patient transport and 26 views from residents who missed appointments.",
                today.minusDays(25));
        referrals.acknowledge(referral.getId(), today.minusDays(12), Channel.EMAIL,
                "The committee will consider the referral at its next meeting.");
        referrals.update(referral.getId(), today.minusDays(4), Channel.EMAIL,
                "The committee has asked the ambulance trust to attend its next meeting.");
        referrals.decide(referral.getId(), referrals.find(referral.getId()).orElseThrow().getVersion(), true, true,
                "The committee will use its powers to require information from the trust.", today.minusDays(4));
    }
}
