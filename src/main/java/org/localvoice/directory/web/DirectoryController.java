package org.localvoice.directory.web;

import java.util.Arrays;
import java.util.UUID;
import org.localvoice.access.CurrentUser;
import org.localvoice.directory.Directory;
import org.localvoice.directory.DirectorySearch;
import org.localvoice.directory.ServiceType;
import org.localvoice.directory.domain.LocalNotes;
import org.localvoice.directory.domain.Postcodes;
import org.localvoice.directory.domain.PremisesEditor;
import org.localvoice.shared.PageRequestParams;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Staff pages of the care-services directory: search, and each premises with the network's notes. */
@Controller
@RequestMapping("/manage/directory")
class DirectoryController {

    private final Directory directory;
    private final PremisesEditor editor;
    private final LocalNotes notes;
    private final Networks networks;
    private final LocalAuthorityNamesView authorities;

    DirectoryController(Directory directory, PremisesEditor editor, LocalNotes notes, Networks networks,
            LocalAuthorityNamesView authorities) {
        this.directory = directory;
        this.editor = editor;
        this.notes = notes;
        this.networks = networks;
        this.authorities = authorities;
    }

    @GetMapping
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String postcode,
            @RequestParam(required = false) String type, @RequestParam(required = false) String la,
            @RequestParam(required = false) Integer page, Model model) {
        NetworkSummary network = network();
        boolean badPostcode = postcode != null && !postcode.isBlank() && Postcodes.searchTerm(postcode).isEmpty();
        ServiceType serviceType = ServiceType.fromCode(type).orElse(null);
        DirectorySearch search = new DirectorySearch(q, badPostcode ? null : postcode, serviceType,
                la == null || la.isBlank() ? null : la, network.localAuthorityCode());
        model.addAttribute("q", q).addAttribute("postcode", postcode).addAttribute("type", serviceType == null ? "" : serviceType.name())
                .addAttribute("la", la == null ? "" : la).addAttribute("badPostcode", badPostcode)
                .addAttribute("network", network)
                .addAttribute("serviceTypes", Arrays.asList(ServiceType.values()))
                .addAttribute("authorities", authorities.current())
                .addAttribute("laNames", authorities.names())
                .addAttribute("pageBase", PageLinks.base("/manage/directory", "q", q, "postcode", postcode, "type",
                        serviceType == null ? null : serviceType.name(), "la", la));
        if (!badPostcode) {
            model.addAttribute("results", directory.search(search, PageRequestParams.of(page, 25, Sort.unsorted())));
        }
        return "directory/search";
    }

    @GetMapping("/premises/{id}")
    String premises(@PathVariable UUID id, Model model) {
        model.addAttribute("premises", editor.load(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("notes", notes.on(id));
        model.addAttribute("laNames", authorities.names());
        if (!model.containsAttribute("noteForm")) {
            model.addAttribute("noteForm", new NoteForm());
        }
        return "directory/premises";
    }

    private NetworkSummary network() {
        UUID networkId = CurrentUser.get().map(CurrentUser::networkId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return networks.findById(networkId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
