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
        ReceptionMatter dated = new ReceptionMatter(null, m.visitorName(), m.visitorPhone(), m.people(), m.matter(), m.handling(),
                m.answer(), day.date(), m.acceptedDate(), m.routedDate(), m.repliedDate(), m.extensionDays(), m.extensionReason(),
                m.reviewRequestedDate(), m.reviewAnsweredDate());
        List<Problem> problems = dated.check(today());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return repo.addMatter(day.id(), dated);
    }

    public List<ReceptionDay> days(LocalDate from, LocalDate to) {
        return repo.days(from, to);
    }

    /** A petition matter with the steps that are late today. */
    public record LatePetition(ReceptionDay day, ReceptionMatter matter, List<String[]> lateSteps) {
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
