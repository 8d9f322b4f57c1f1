package org.localvoice.governance.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.audit.AuditableChange;
import org.localvoice.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current network's required procedures: a host manager drafts a version, edits the draft, and
 * publishes it; a published version never changes, so a change is a new version with a change note.
 */
@Service
public class Procedures {

    static final int MAX_BODY = 60000;

    private final ProcedureRepository procedures;
    private final ProcedureVersionRepository versions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Procedures(ProcedureRepository procedures, ProcedureVersionRepository versions, ApplicationEventPublisher events,
            Clock clock) {
        this.procedures = procedures;
        this.versions = versions;
        this.events = events;
        this.clock = clock;
    }

    /** Starts a new procedure with its first draft. */
    @Transactional
    public ProcedureVersion create(String title, String body) {
        check(title, body, null, false);
        Procedure p = procedures.save(new Procedure(title.trim()));
        ProcedureVersion v = versions.save(new ProcedureVersion(p.getId(), 1, title.trim(), body, null));
        audit(p.getId(), "drafted", "v1");
        return v;
    }

    /** Drafts the next version from the latest one; refused while a draft is open (edit that instead). */
    @Transactional
    public ProcedureVersion draftNext(UUID procedureId, String title, String body, String changeNote) {
        Procedure p = find(procedureId).orElseThrow(() -> new IllegalArgumentException("No procedure " + procedureId));
        ProcedureVersion latest = versions.findFirstByProcedureIdOrderByNumberDesc(p.getId()).orElseThrow();
        if (!latest.isPublished()) {
            throw new RefusedException(List.of(new FieldProblem("title", "governance.procedure.draftOpen")));
        }
        check(title, body, changeNote, true);
        ProcedureVersion v = versions.save(new ProcedureVersion(p.getId(), latest.getNumber() + 1, title.trim(), body,
                changeNote.trim()));
        audit(p.getId(), "drafted", "v" + v.getNumber());
        return v;
    }

    /** Changes a draft; a published version is refused. */
    @Transactional
    public ProcedureVersion editDraft(UUID versionId, long version, String title, String body, String changeNote) {
        ProcedureVersion v = version(versionId).orElseThrow(() -> new IllegalArgumentException("No version " + versionId));
        check(title, body, changeNote, v.getNumber() > 1);
        if (v.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(ProcedureVersion.class, versionId);
        }
        v.edit(title.trim(), body, changeNote == null || changeNote.isBlank() ? null : changeNote.trim());
        versions.saveAndFlush(v);
        audit(v.getProcedureId(), "draft edited", "v" + v.getNumber());
        return v;
    }

    /** Publishes a draft now. */
    @Transactional
    public ProcedureVersion publish(UUID versionId, long version) {
        return publishAt(versionId, version, clock.instant());
    }

    /** Publishes a draft as at a given moment (demo data and imports of past procedures). */
    @Transactional
    public ProcedureVersion publishAt(UUID versionId, long version, Instant at) {
        ProcedureVersion v = version(versionId).orElseThrow(() -> new IllegalArgumentException("No version " + versionId));
        if (v.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(ProcedureVersion.class, versionId);
        }
        v.publish(at, Decisions.currentActor());
        versions.saveAndFlush(v);
        procedures.findById(v.getProcedureId()).ifPresent(p -> p.retitle(v.getTitle()));
        audit(v.getProcedureId(), "published", "v" + v.getNumber());
        return v;
    }

    @Transactional(readOnly = true)
    public Optional<Procedure> find(UUID id) {
        Optional<UUID> network = TenantContext.currentNetwork();
        return id == null || network.isEmpty() ? Optional.empty()
                : procedures.findById(id).filter(p -> network.get().equals(p.getNetworkId()));
    }

    @Transactional(readOnly = true)
    public Optional<ProcedureVersion> version(UUID id) {
        Optional<UUID> network = TenantContext.currentNetwork();
        return id == null || network.isEmpty() ? Optional.empty()
                : versions.findById(id).filter(v -> network.get().equals(v.getNetworkId()));
    }

    /** The versions of a procedure, newest first. */
    @Transactional(readOnly = true)
    public List<ProcedureVersion> versionsOf(UUID procedureId) {
        return versions.findByProcedureIdOrderByNumberDesc(procedureId);
    }

    @Transactional(readOnly = true)
    public Page<Procedure> list(Pageable page) {
        return procedures.findAllByOrderByTitleAsc(page);
    }

    /** The latest published version of each procedure. */
    @Transactional(readOnly = true)
    public List<ProcedureVersion> currentPublished() {
        return versions.currentPublished();
    }

    /** Published versions, newest first: what a decision may cite. */
    @Transactional(readOnly = true)
    public Page<ProcedureVersion> published(Pageable page) {
        return versions.findByPublishedAtNotNullOrderByPublishedAtDesc(page);
    }

    @Transactional(readOnly = true)
    public boolean anyPublished() {
        return versions.existsByPublishedAtNotNull();
    }

    private void check(String title, String body, String changeNote, boolean needsNote) {
        List<FieldProblem> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(new FieldProblem("title", "governance.procedure.title.required"));
        } else if (title.trim().length() > 200) {
            problems.add(new FieldProblem("title", "governance.procedure.title.tooLong", 200));
        }
        if (body == null || body.isBlank()) {
            problems.add(new FieldProblem("body", "governance.procedure.body.required"));
        } else if (body.length() > MAX_BODY) {
            problems.add(new FieldProblem("body", "governance.procedure.body.tooLong", MAX_BODY));
        }
        if (needsNote && (changeNote == null || changeNote.isBlank())) {
            problems.add(new FieldProblem("changeNote", "governance.procedure.changeNote.required"));
        } else if (changeNote != null && changeNote.length() > 2000) {
            problems.add(new FieldProblem("changeNote", "governance.procedure.changeNote.tooLong", 2000));
        }
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
    }

    private void audit(UUID procedureId, String action, String detail) {
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "governance.procedure", procedureId,
                action, detail));
    }
}
