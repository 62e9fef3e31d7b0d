package org.mediationledger.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mediationledger.model.AttemptResult;
import org.mediationledger.model.MediationKind;
import org.mediationledger.model.MediationLevel;
import org.mediationledger.model.PathState;
import org.mediationledger.model.PerformanceStatus;
import org.mediationledger.model.Satisfaction;
import org.mediationledger.service.PathInputs;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.service.Services;

/**
 * The steps of a case's path as the command line names them, one table for the single-step commands
 * (cases attempt N --file …) and the batch (cases path --file steps.json): the JSON each reads, how the JSON becomes
 * the step, and which service call records it.
 */
final class PathSteps {
    private PathSteps() {
    }

    /** Turns the read JSON into the step (names looked up in the reference data); a ValidationException when it cannot. */
    @FunctionalInterface
    interface Reader {
        Object read(PathInputs in, Object json, ReferenceData ref);
    }

    @FunctionalInterface
    interface Recorder {
        PathState record(Services s, UUID caseId, Object step);
    }

    record Kind(String name, Class<?> input, Reader reader, Recorder recorder, Map<String, Class<? extends Enum<?>>> choices,
                List<String> required) {
    }

    static final Map<String, Kind> KINDS = new LinkedHashMap<>();

    private static void add(String name, Class<?> input, Reader reader, Recorder recorder,
                            Map<String, Class<? extends Enum<?>>> choices, List<String> required) {
        KINDS.put(name, new Kind(name, input, reader, recorder, choices, required));
    }

    static {
        add("attempt", PathInputs.AttemptInput.class, (p, j, ref) -> p.attempt((PathInputs.AttemptInput) j, ref),
                (s, id, x) -> s.path().attempt(id, (org.mediationledger.model.MediationAttempt) x),
                Map.of("level", MediationLevel.class, "kind", MediationKind.class, "result", AttemptResult.class),
                List.of("level", "date", "result"));
        add("escalate", PathInputs.EscalationInput.class, (p, j, ref) -> p.escalation((PathInputs.EscalationInput) j),
                (s, id, x) -> s.path().escalate(id, (org.mediationledger.model.Escalation) x),
                Map.of("toLevel", MediationLevel.class), List.of("date", "toLevel|outTo", "reason"));
        add("terminate", PathInputs.TerminationInput.class, (p, j, ref) -> p.termination((PathInputs.TerminationInput) j),
                (s, id, x) -> s.path().terminate(id, (org.mediationledger.model.Termination) x), Map.of(), List.of("date", "reason"));
        add("agree", PathInputs.AgreementInput.class, (p, j, ref) -> p.agreement((PathInputs.AgreementInput) j),
                (s, id, x) -> s.path().agree(id, (org.mediationledger.model.Agreement) x), Map.of(), List.of("reachedDate", "terms"));
        add("perform", PathInputs.PerformanceInput.class, (p, j, ref) -> p.performance((PathInputs.PerformanceInput) j),
                (s, id, x) -> s.path().perform(id, (org.mediationledger.model.Performance) x),
                Map.of("status", PerformanceStatus.class), List.of("status", "date"));
        add("followup", PathInputs.FollowUpInput.class, (p, j, ref) -> p.followUp((PathInputs.FollowUpInput) j, ref),
                (s, id, x) -> s.path().followUp(id, (org.mediationledger.model.FollowUp) x),
                Map.of("satisfaction", Satisfaction.class), List.of("date", "satisfaction"));
        add("extend", PathInputs.ExtensionInput.class, (p, j, ref) -> p.extension((PathInputs.ExtensionInput) j),
                (s, id, x) -> s.path().extend(id, (org.mediationledger.model.Extension) x), Map.of(),
                List.of("date", "days", "reason", "partiesConsent"));
        add("prevention", PathInputs.PreventionInput.class, (p, j, ref) -> p.prevention((PathInputs.PreventionInput) j),
                (s, id, x) -> s.path().setPrevention(id, (org.mediationledger.model.Prevention) x), Map.of(), List.of());
        add("withdraw", PathInputs.NoInput.class, (p, j, ref) -> j, (s, id, x) -> s.path().withdraw(id), Map.of(), List.of());
        add("close", PathInputs.NoInput.class, (p, j, ref) -> j, (s, id, x) -> s.path().close(id), Map.of(), List.of());
        add("archive", PathInputs.NoInput.class, (p, j, ref) -> j, (s, id, x) -> s.path().archive(id), Map.of(), List.of());
    }

    static Kind kind(String name) {
        return KINDS.get(name);
    }
}
