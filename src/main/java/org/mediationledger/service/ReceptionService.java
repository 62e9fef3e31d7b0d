package org.mediationledger.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mediationledger.model.Problem;
import org.mediationledger.model.ReceptionDay;
import org.mediationledger.model.ReceptionMatter;
import org.mediationledger.model.StaffRole;
import org.mediationledger.model.ValidationException;
import org.mediationledger.store.ReceptionRepository;

/** Leader reception days, the matters brought to them, and petition matters that are late. */
public final class ReceptionService {
    private final ReceptionRepository repo;
    private final ReferenceService reference;
    private final Clock clock;

    public ReceptionService(ReceptionRepository repo, ReferenceService reference, Clock clock) {
        this.repo = repo;
        this.reference = reference;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ReceptionDay add(ReceptionDay d) {
        reference.session().require(org.mediationledger.model.Permission.RECEPTION);
        List<Problem> problems = new ArrayList<>();
        if (d.date() == null) {
            problems.add(Problem.error("date", "error.required"));
        }
        if (d.leaderId() == null || reference.load().staffMember(d.leaderId()).filter(s -> s.role() == StaffRole.LEADER).isEmpty()) {
            problems.add(Problem.error("leader", d.leaderId() == null ? "error.required" : "error.notALeader"));
        }
        for (int i = 0; i < d.matters().size(); i++) {
            String pre = "matters[" + i + "].";
            d.matters().get(i).check(today()).forEach(p -> problems.add(new Problem(pre + p.field(), p.messageKey(), p.args(),
                    p.severity())));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return repo.insert(d);
    }

    /** One more visitor's matter on a day already recorded (the registration date is the day's). */
    public ReceptionDay addMatter(ReceptionDay day, ReceptionMatter m) {
        reference.session().require(org.mediationledger.model.Permission.RECEPTION);
        ReceptionMatter dated = m.withRegisteredDate(day.date());
        List<Problem> problems = dated.check(today());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return repo.addMatter(day.id(), dated);
    }

    /** The day and the matter itself. */
    public record DayMatter(ReceptionDay day, ReceptionMatter matter) {
    }

    public java.util.Optional<DayMatter> matter(java.util.UUID matterId) {
        return repo.dayOfMatter(matterId).flatMap(d -> d.matters().stream().filter(x -> x.id().equals(matterId)).findFirst()
                .map(x -> new DayMatter(d, x)));
    }

    /**
     * Records how far a petition matter has come (accepted, routed, replied, the one extension, review); checked against
     * the deadline chain, nothing saved when a rule is broken.
     */
    public ReceptionDay progress(ReceptionMatter updated) {
        reference.session().require(org.mediationledger.model.Permission.RECEPTION);
        ReceptionMatter before = matter(updated.id()).map(DayMatter::matter)
                .orElseThrow(() -> new ValidationException(List.of(Problem.error("matter", "error.unknownValue", String.valueOf(updated.id())))));
        if (!before.isPetition()) {
            throw new ValidationException(List.of(Problem.error("handling", "error.notAPetition")));
        }
        ReceptionMatter m = before.withProgress(updated.acceptedDate(), updated.routedDate(), updated.repliedDate(),
                updated.extensionDays(), updated.extensionReason(), updated.reviewRequestedDate(), updated.reviewAnsweredDate());
        List<Problem> problems = m.check(today());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return repo.updateProgress(m);
    }

    /** A case intake pre-filled from a visitor's matter: the visitor applies; the clerk adds unit, type and the others. */
    public org.mediationledger.model.CaseDraft draftFromMatter(java.util.UUID matterId) {
        ReceptionMatter x = matter(matterId).map(DayMatter::matter).orElseThrow(() -> new IllegalArgumentException("no matter " + matterId));
        if (x.caseId() != null) {
            throw new ValidationException(List.of(Problem.error("matter", "error.matterAlreadyCase")));
        }
        org.mediationledger.model.Party visitor = new org.mediationledger.model.Party(null, org.mediationledger.model.PartyRole.APPLICANT,
                x.visitorName(), null, null, null, null, null, x.visitorPhone(), null, null);
        return new org.mediationledger.model.CaseDraft(org.mediationledger.model.CaseSource.PETITION, null, null, null, x.matter(), null,
                x.people(), null, null, today(), null, List.of(visitor));
    }

    public List<ReceptionDay> days(LocalDate from, LocalDate to) {
        return repo.days(from, to);
    }

    /** A petition matter with the steps that are late today. */
    public record LatePetition(ReceptionDay day, ReceptionMatter matter, List<String[]> lateSteps) {
    }

    /** The late petition matters as lines of the dashboard's work list (named by visitor and matter; no case). */
    public List<org.mediationledger.model.WorkItem> work() {
        LocalDate t = today();
        return overduePetitions().stream().map(p -> {
            LocalDate due = LocalDate.parse(p.lateSteps().get(0)[1]);
            return new org.mediationledger.model.WorkItem(org.mediationledger.model.WorkItem.Kind.PETITION_LATE, null,
                    p.matter().visitorName() + "：" + p.matter().matter(), due, java.time.temporal.ChronoUnit.DAYS.between(due, t));
        }).toList();
    }

    /** Petition matters with a step past its deadline, oldest first. */
    public List<LatePetition> overduePetitions() {
        LocalDate t = today();
        List<LatePetition> out = new ArrayList<>();
        for (ReceptionDay d : repo.days(LocalDate.of(1900, 1, 1), t)) {
            for (ReceptionMatter m : d.matters()) {
                List<String[]> late = m.lateSteps(t);
                if (!late.isEmpty()) {
                    out.add(new LatePetition(d, m, late));
                }
            }
        }
        return out;
    }
}
