package org.localvoice.directory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.localvoice.directory.domain.LocalNote;
import org.localvoice.directory.domain.LocalNotes;
import org.localvoice.directory.domain.PremisesEditor;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and editing the network's own notes on premises. Another network's note gives 404. */
@Controller
@RequestMapping("/manage/directory/premises/{premisesId}/notes")
class LocalNotesController {

    private final LocalNotes notes;
    private final PremisesEditor editor;
    private final DirectoryController pages;

    LocalNotesController(LocalNotes notes, PremisesEditor editor, DirectoryController pages) {
        this.notes = notes;
        this.editor = editor;
        this.pages = pages;
    }

    @PostMapping
    String add(@PathVariable UUID premisesId, @ModelAttribute("noteForm") NoteForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (editor.load(premisesId).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        form.validate(errors);
        if (errors.hasErrors()) {
            return pages.premises(premisesId, model);
        }
        notes.add(premisesId, form.getNote().trim(), form.cleanLinks());
        redirect.addFlashAttribute("noteSaved", true);
        return "redirect:/manage/directory/premises/" + premisesId + "#notes";
    }

    @GetMapping("/{noteId}/edit")
    String edit(@PathVariable UUID premisesId, @PathVariable UUID noteId, Model model) {
        LocalNote note = note(premisesId, noteId);
        NoteForm form = new NoteForm();
        form.setNote(note.getNote());
        form.setLinks(note.getLinks());
        form.setVersion(note.getVersion());
        model.addAttribute("noteForm", form);
        return editPage(premisesId, noteId, model);
    }

    @PostMapping("/{noteId}/edit")
    String save(@PathVariable UUID premisesId, @PathVariable UUID noteId, @ModelAttribute("noteForm") NoteForm form,
            BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        note(premisesId, noteId);
        form.validate(errors);
        if (errors.hasErrors()) {
            return editPage(premisesId, noteId, model);
        }
        try {
            notes.edit(premisesId, noteId, form.getVersion(), form.getNote().trim(), form.cleanLinks());
        } catch (ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            LocalNote current = note(premisesId, noteId);
            form.setNote(current.getNote());
            form.setLinks(current.getLinks());
            form.setVersion(current.getVersion());
            model.addAttribute("stale", true);
            return editPage(premisesId, noteId, model);
        }
        redirect.addFlashAttribute("noteSaved", true);
        return "redirect:/manage/directory/premises/" + premisesId + "#notes";
    }

    private LocalNote note(UUID premisesId, UUID noteId) {
        return notes.find(premisesId, noteId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String editPage(UUID premisesId, UUID noteId, Model model) {
        model.addAttribute("premises", editor.load(premisesId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("noteId", noteId);
        return "directory/note-edit";
    }
}
