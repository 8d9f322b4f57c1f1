package org.localvoice.feedback.insight.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.localvoice.feedback.ViewChannel;
import org.localvoice.feedback.ViewStatus;
import org.localvoice.feedback.insight.domain.InsightFigures;
import org.localvoice.feedback.insight.domain.ProviderNames;
import org.localvoice.feedback.insight.domain.Replies;
import org.localvoice.feedback.insight.domain.ServiceOptions;
import org.localvoice.feedback.insight.domain.ViewFilter;
import org.localvoice.feedback.insight.domain.ViewFinder;
import org.localvoice.feedback.insight.domain.ViewRow;
import org.localvoice.feedback.themes.domain.Sentiment;
import org.localvoice.feedback.themes.domain.Themes;
import org.localvoice.shared.PageRequestParams;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Staff look into the network's views: filter by service, provider, theme, sentiment, dates, channel and
 * status; page through them; see volumes and themes as charts; download the filtered set as CSV.
 */
@Controller
@RequestMapping("/manage/views/insight")
class InsightController {

    static final int PAGE_SIZE = 25;

    private final ViewFinder finder;
    private final InsightFigures figures;
    private final ServiceOptions options;
    private final ProviderNames providers;
    private final Themes themes;
    private final Replies replies;

    InsightController(ViewFinder finder, InsightFigures figures, ServiceOptions options, ProviderNames providers, Themes themes,
            Replies replies) {
        this.finder = finder;
        this.figures = figures;
        this.options = options;
        this.providers = providers;
        this.themes = themes;
        this.replies = replies;
    }

    @GetMapping
    String page(@ModelAttribute("insightForm") InsightForm form, BindingResult errors, Model model) {
        ViewFilter filter = form.filter(errors);
        if (errors.hasErrors()) {
            filter = ViewFilter.any();
        }
        Page<ViewRow> views = finder.find(filter, PageRequestParams.of(form.getPage(), PAGE_SIZE, Sort.unsorted()));
        String query = form.query();
        String base = "/manage/views/insight?" + (query.isEmpty() ? "" : query + "&");
        List<InsightFigures.MonthCount> months = figures.perMonth(filter);
        List<InsightFigures.ThemeCount> themeCounts = figures.themes(filter);
        List<InsightFigures.MonthThemeCount> overTime = figures.themesOverTime(filter);
        model.addAttribute("views", views)
                .addAttribute("months", months)
                .addAttribute("monthChart", BarChart.of(months.stream().map(m -> m.month().toString()).toList(),
                        months.stream().map(InsightFigures.MonthCount::views).toList(),
                        List.of("feedback.insight.month", "feedback.insight.views")))
                .addAttribute("themeCounts", themeCounts)
                .addAttribute("themeChart", BarChart.stacked(themeCounts.stream().map(InsightFigures.ThemeCount::theme).toList(),
                        themeCounts.stream().map(t -> new long[] {t.positive(), t.neutral(), t.negative()}).toList(),
                        List.of(BarChart.GREEN, BarChart.GREY, BarChart.RED),
                        List.of("feedback.insight.theme", "feedback.themes.sentiment.POSITIVE", "feedback.themes.sentiment.NEUTRAL",
                                "feedback.themes.sentiment.NEGATIVE")))
                .addAttribute("overTimeChart", BarChart.stacked(overTime.stream().map(t -> t.month() + " " + t.theme()).toList(),
                        overTime.stream().map(t -> new long[] {t.positive(), t.negative()}).toList(),
                        List.of(BarChart.GREEN, BarChart.RED),
                        List.of("feedback.insight.monthAndTheme", "feedback.themes.sentiment.POSITIVE",
                                "feedback.themes.sentiment.NEGATIVE")))
                .addAttribute("services", options.services())
                .addAttribute("providers", providers.of(options.providerIds()))
                .addAttribute("themes", themes.all().stream().filter(t -> !t.isCategory()).toList())
                .addAttribute("rates", replies.rates())
                .addAttribute("sentiments", Sentiment.values())
                .addAttribute("channels", ViewChannel.values())
                .addAttribute("statuses", ViewStatus.values())
                .addAttribute("exportHref", "/manage/views/insight/export" + (query.isEmpty() ? "" : "?" + query))
                .addAttribute("previousHref", views.hasPrevious() ? base + "page=" + (views.getNumber() - 1) : null)
                .addAttribute("nextHref", views.hasNext() ? base + "page=" + (views.getNumber() + 1) : null);
        return "feedback/insight/insight";
    }

    /** The filtered views as CSV, written as they are read: any number of rows in constant memory. */
    @GetMapping("/export")
    void export(@ModelAttribute("insightForm") InsightForm form, BindingResult errors, HttpServletResponse response) throws IOException {
        ViewFilter filter = form.filter(errors);
        if (errors.hasErrors()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"views.csv\"");
        Map<java.util.UUID, String> names = new java.util.HashMap<>();
        try (CSVPrinter csv = new CSVPrinter(response.getWriter(), CSVFormat.DEFAULT.builder().setHeader("reference", "received_on",
                "status", "channel", "service", "provider", "rating", "themes", "text").get())) {
            finder.stream(filter, row -> {
                try {
                    String provider = row.providerId() == null ? null
                            : names.computeIfAbsent(row.providerId(), id -> providers.name(id).orElse(id.toString()));
                    csv.printRecord(row.reference(), row.receivedOn(), row.status(), row.channel(), row.serviceName(), provider,
                            row.rating(), String.join("; ", row.themes()), Csv.safe(row.text()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
