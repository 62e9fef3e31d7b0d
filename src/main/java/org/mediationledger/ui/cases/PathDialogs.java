package org.mediationledger.ui.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.mediationledger.model.Agreement;
import org.mediationledger.model.AttemptResult;
import org.mediationledger.model.Escalation;
import org.mediationledger.model.Extension;
import org.mediationledger.model.FollowUp;
import org.mediationledger.model.MediationAttempt;
import org.mediationledger.model.MediationKind;
import org.mediationledger.model.MediationLevel;
import org.mediationledger.model.Messages;
import org.mediationledger.model.PathState;
import org.mediationledger.model.PathValidator;
import org.mediationledger.model.Performance;
import org.mediationledger.model.PerformanceStatus;
import org.mediationledger.model.Problem;
import org.mediationledger.model.Satisfaction;
import org.mediationledger.model.Staff;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.ui.Fx;

/**
 * The small forms of the mediation path, one dialog each. A dialog checks its rules before it closes and says
 * what is wrong beside its buttons; nothing typed is lost until the clerk cancels.
 */
final class PathDialogs {
    private final Messages m;
    private final ReferenceData ref;
    private final Window owner;
    private final LocalDate today;

    private java.util.UUID mediatorId;

    /** The case's mediator: the default in 登记调解 and 回访. */
    PathDialogs forMediator(java.util.UUID id) {
        this.mediatorId = id;
        return this;
    }

    private Staff caseMediator() {
        return mediatorId == null ? null : ref.activeStaff().stream().filter(s -> s.id().equals(mediatorId)).findFirst().orElse(null);
    }

    PathDialogs(Messages m, ReferenceData ref, Window owner, LocalDate today) {
        this.m = m;
        this.ref = ref;
        this.owner = owner;
        this.today = today;
    }

    private <T> Optional<T> show(String title, List<Object[]> rows, Supplier<T> read, Function<T, List<Problem>> check) {
        return new org.mediationledger.ui.FormDialog(m, owner).show(title, rows, read, check);
    }

    private DatePicker date(LocalDate value) {
        return org.mediationledger.ui.FormDialog.date(value);
    }

    private <E> ComboBox<E> choice(List<E> items, Function<E, String> name, E value, String empty) {
        return org.mediationledger.ui.FormDialog.choice(items, name, value, empty);
    }

    private static TextArea area() {
        return org.mediationledger.ui.FormDialog.area();
    }

    Optional<MediationAttempt> attempt(PathState p) {
        MediationLevel level = p.currentLevel() == null ? MediationLevel.VILLAGE : p.currentLevel();
        ComboBox<MediationLevel> lv = choice(List.of(MediationLevel.values()), m::label, level, null);
        ComboBox<MediationKind> kind = choice(List.of(MediationKind.values()), m::label,
                level == MediationLevel.JUDICIAL ? MediationKind.COURT_REFERRED : MediationKind.PEOPLES, null);
        DatePicker date = date(today);
        TextField place = new TextField();
        ComboBox<Staff> mediator = org.mediationledger.ui.FormDialog.staff(ref.activeStaffFirst(
                org.mediationledger.model.StaffRole.MEDIATOR, org.mediationledger.model.StaffRole.LEGAL_ADVISER),
                caseMediator(), m.get("form.none"), m);
        TextField others = new TextField();
        TextArea applicant = area();
        TextArea respondent = area();
        TextArea facts = area();
        ComboBox<AttemptResult> result = choice(List.of(AttemptResult.values()), m::label, null, null);
        TextArea notes = area();
        Supplier<MediationAttempt> read = () -> new MediationAttempt(null, lv.getValue(), kind.getValue(), date.getValue(),
                place.getText(), mediator.getValue() == null ? List.of() : List.of(mediator.getValue().id()), others.getText(),
                applicant.getText(), respondent.getText(), facts.getText(), result.getValue(), notes.getText());
        return show(m.label(org.mediationledger.model.CaseAction.ATTEMPT), List.of(new Object[] {"level", lv},
                new Object[] {"mediationKind", kind}, new Object[] {"date", date}, new Object[] {"place", place},
                new Object[] {"mediator", mediator}, new Object[] {"otherParticipants", others},
                new Object[] {"applicantStatement", applicant}, new Object[] {"respondentStatement", respondent},
                new Object[] {"facts", facts}, new Object[] {"result", result}, new Object[] {"notes", notes}), read,
                a -> PathValidator.attempt(a, p.received(), p.currentLevel(), today));
    }

    Optional<Escalation> escalate(PathState p) {
        MediationLevel up = p.currentLevel() == null ? MediationLevel.TOWNSHIP : p.currentLevel().up();
        List<MediationLevel> above = new ArrayList<>();
        for (MediationLevel l : MediationLevel.values()) {
            if (p.currentLevel() == null || l.ordinal() > p.currentLevel().ordinal()) {
                above.add(l);
            }
        }
        ComboBox<MediationLevel> to = choice(above, m::label, up, m.get("path.outInstead"));
        TextField out = new TextField();
        out.setPromptText(m.get("path.outPrompt"));
        DatePicker date = date(today);
        TextArea reason = area();
        Supplier<Escalation> read = () -> new Escalation(null, date.getValue(), p.currentLevel(), to.getValue(),
                to.getValue() == null ? out.getText() : null, reason.getText());
        return show(m.get("path.escalateTitle"), List.of(new Object[] {"toLevel", to}, new Object[] {"outTo", out},
                new Object[] {"date", date}, new Object[] {"reason", reason}), read,
                e -> PathValidator.escalation(e, p.received(), today));
    }

    Optional<Agreement> agreement(PathState p) {
        Agreement a = p.agreement();
        CheckBox written = new CheckBox(m.get("path.written"));
        written.setSelected(a == null || a.written());
        DatePicker reached = date(a == null ? today : a.reachedDate());
        TextArea facts = area();
        facts.setText(a == null ? "" : nz(a.factsAndResponsibilities()));
        TextArea terms = area();
        terms.setText(a == null ? "" : a.terms());
        TextField amount = new TextField(a == null || a.amount() == null ? "" : a.amount().toPlainString());
        TextField manner = new TextField(a == null ? "" : nz(a.performanceManner()));
        DatePicker deadline = date(a == null ? null : a.performanceDeadline());
        DatePicker partiesSigned = date(a == null ? null : a.partiesSignedDate());
        DatePicker mediatorSigned = date(a == null ? null : a.mediatorSignedDate());
        DatePicker sealed = date(a == null ? null : a.sealedDate());
        DatePicker applied = date(a == null ? null : a.confirmationAppliedDate());
        TextField decision = new TextField(a == null ? "" : nz(a.courtDecision()));
        DatePicker decided = date(a == null ? null : a.courtDecisionDate());
        Supplier<Agreement> read = () -> new Agreement(null, written.isSelected(), reached.getValue(), facts.getText(),
                terms.getText(), money(amount.getText()), manner.getText(), deadline.getValue(), partiesSigned.getValue(),
                mediatorSigned.getValue(), sealed.getValue(), applied.getValue(), decision.getText(), decided.getValue());
        return show(m.label(org.mediationledger.model.CaseAction.AGREE), List.of(new Object[] {"written", written},
                new Object[] {"reachedDate", reached}, new Object[] {"factsAndResponsibilities", facts},
                new Object[] {"terms", terms}, new Object[] {"amount", amount}, new Object[] {"performanceManner", manner},
                new Object[] {"performanceDeadline", deadline}, new Object[] {"partiesSignedDate", partiesSigned},
                new Object[] {"mediatorSignedDate", mediatorSigned}, new Object[] {"sealedDate", sealed},
                new Object[] {"confirmationAppliedDate", applied}, new Object[] {"courtDecision", decision},
                new Object[] {"courtDecisionDate", decided}), read, x -> PathValidator.agreement(x, p.received(), today));
    }

    Optional<Performance> performance(PathState p) {
        ComboBox<PerformanceStatus> status = choice(List.of(PerformanceStatus.values()), m::label, PerformanceStatus.PERFORMED, null);
        DatePicker date = date(today);
        TextArea notes = area();
        return show(m.label(org.mediationledger.model.CaseAction.PERFORM), List.of(new Object[] {"status", status},
                new Object[] {"date", date}, new Object[] {"notes", notes}),
                () -> new Performance(null, status.getValue(), date.getValue(), notes.getText()),
                x -> PathValidator.performance(x, p.agreement() == null ? p.received() : p.agreement().reachedDate(), today));
    }

    Optional<FollowUp> followUp(PathState p) {
        DatePicker date = date(today);
        ComboBox<Staff> visitor = org.mediationledger.ui.FormDialog.staff(ref.activeStaffFirst(
                org.mediationledger.model.StaffRole.MEDIATOR, org.mediationledger.model.StaffRole.GRID_WORKER),
                caseMediator(), m.get("form.none"), m);
        ComboBox<Satisfaction> satisfaction = choice(List.of(Satisfaction.values()), m::label, Satisfaction.SATISFIED, null);
        CheckBox returned = new CheckBox();
        CheckBox court = new CheckBox();
        TextArea notes = area();
        return show(m.label(org.mediationledger.model.CaseAction.FOLLOW_UP), List.of(new Object[] {"date", date},
                new Object[] {"visitor", visitor}, new Object[] {"satisfaction", satisfaction},
                new Object[] {"disputeReturned", returned}, new Object[] {"wentToCourt", court}, new Object[] {"notes", notes}),
                () -> new FollowUp(null, date.getValue(), visitor.getValue() == null ? null : visitor.getValue().id(),
                        satisfaction.getValue(), returned.isSelected(), court.isSelected(), notes.getText()),
                x -> PathValidator.followUp(x, p.received(), today));
    }

    /** Ending the mediation as failed: a date (not before the last attempt) and a reason. */
    Optional<org.mediationledger.model.Termination> termination(PathState p) {
        DatePicker date = date(today);
        TextArea reason = area();
        reason.setPromptText(m.get("path.terminateHint"));
        LocalDate notBefore = org.mediationledger.service.PathService.terminationNotBefore(p);
        return show(m.get("path.terminateTitle"), List.of(new Object[] {"date", date}, new Object[] {"reason", reason}),
                () -> new org.mediationledger.model.Termination(date.getValue(), reason.getText()),
                x -> PathValidator.termination(x, notBefore, today));
    }

    Optional<Extension> extension() {
        Spinner<Integer> days = new Spinner<>(1, 90, 15);
        TextArea reason = area();
        CheckBox consent = new CheckBox(m.get("path.consentText"));
        DatePicker date = date(today);
        return show(m.get("path.extendTitle"), List.of(new Object[] {"days", days}, new Object[] {"reason", reason},
                new Object[] {"partiesConsent", consent}, new Object[] {"date", date}),
                () -> new Extension(null, date.getValue(), days.getValue(), reason.getText(), consent.isSelected()),
                x -> PathValidator.extension(x, today));
    }

    /** Prevention flags: how many people each concerned; an empty field means it did not happen. */
    Optional<org.mediationledger.model.Prevention> prevention(org.mediationledger.model.Prevention now) {
        TextField suicide = count(now.suicide());
        TextField criminal = count(now.criminal());
        TextField fight = count(now.groupFight());
        TextField petition = count(now.groupPetition());
        Supplier<org.mediationledger.model.Prevention> read = () -> new org.mediationledger.model.Prevention(
                people(suicide, "preventedSuicide"), people(criminal, "preventedCriminal"), people(fight, "stoppedFight"),
                people(petition, "stoppedPetition"));
        return show(m.get("path.preventionTitle"), List.of(new Object[] {"preventedSuicide", suicide},
                new Object[] {"preventedCriminal", criminal}, new Object[] {"stoppedFight", fight},
                new Object[] {"stoppedPetition", petition}), read, p -> {
                    List<Problem> out = new ArrayList<>();
                    Object[][] all = {{"preventedSuicide", p.suicide()}, {"preventedCriminal", p.criminal()},
                        {"stoppedFight", p.groupFight()}, {"stoppedPetition", p.groupPetition()}};
                    for (Object[] f : all) {
                        if (f[1] != null && (Integer) f[1] < 1) {
                            out.add(Problem.error((String) f[0], "error.peopleAtLeastOne"));
                        }
                    }
                    return out;
                });
    }

    private static TextField count(Integer n) {
        TextField t = new TextField(n == null ? "" : n.toString());
        return t;
    }

    private static Integer people(TextField t, String field) {
        if (t.getText().isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(t.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field);
        }
    }

    private static BigDecimal money(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(s.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("amount");
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
