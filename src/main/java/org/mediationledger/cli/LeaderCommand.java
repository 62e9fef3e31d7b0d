package org.mediationledger.cli;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.mediationledger.model.ClosureOutcome;
import org.mediationledger.model.ExtensionRequest;
import org.mediationledger.model.LeaderAssignment;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Problem;
import org.mediationledger.model.Satisfaction;
import org.mediationledger.model.SupervisionEntry;
import org.mediationledger.model.ValidationException;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "leader", mixinStandardHelpOptions = true, description = "领导包案 / leader-assigned cases",
        subcommands = {LeaderCommand.Assign.class, LeaderCommand.Extend.class, LeaderCommand.Supervise.class,
            LeaderCommand.Close.class, LeaderCommand.Overdue.class})
final class LeaderCommand extends GroupCommand {
    /**
     * Every leader file names the matter: the case (full number, 2026-13 or 13) or the screening finding (its id, as
     * `screening ledger --format json` prints it).
     */
    @JsonIgnoreProperties(ignoreUnknown = false)
    record LeaderInput(String caseNumber, String findingId, String leader, String unit, String responsiblePerson, String team, String plan,
                       String assignedDate, String deadline, Integer days, String reason, Boolean approved, String decidedBy,
                       String date, String supervisor, String instruction, String progress, String nextCheckDate,
                       String outcome, String satisfaction) {
    }

    abstract static class FileStep extends LedgerCommand implements JsonInput {
        @Option(names = "--file", required = true, paramLabel = "x.json", description = "JSON 文件 / the step as JSON")
        Path file;

        /** The matter a file is about: a case or a finding, and how the command names it back. */
        record Subject(UUID caseId, UUID findingId, String label) {
        }

        abstract LeaderAssignment apply(Services s, LeaderInput in, Subject subject, ReferenceData ref, Messages m);

        @Override
        public Class<?> jsonType() {
            return LeaderInput.class;
        }

        @Override
        int run(Cli cli, Services s) {
            Messages m = cli.messages();
            var nodes = Json.nodes(file, m);
            if (nodes.size() != 1) {
                throw new UserInputException(m.get("cli.oneObject", file), Cli.INVALID_DATA);
            }
            // the file takes this step's fields only: a field of another step is a mistake, not something to ignore
            for (var it = nodes.get(0).fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!jsonFields().contains(f)) {
                    throw new UserInputException(m.get("cli.json.unknownField", file, f, f, String.join("、", jsonFields())),
                            Cli.INVALID_DATA);
                }
            }
            LeaderInput in = Json.convert(file, nodes.get(0), LeaderInput.class, m);
            Subject subject = subject(s, m, in);
            LeaderAssignment a = apply(s, in, subject, s.reference().load(), m);
            cli.out().println(m.get("cli.leader.done", subject.label(), a.deadline(), a.closed()
                    ? m.label(a.outcome()) : m.get("cli.leader.open")));
            return Cli.OK;
        }

        static Subject subject(Services s, Messages m, LeaderInput in) {
            if ((in.caseNumber() == null) == (in.findingId() == null)) {
                throw new ValidationException(List.of(Problem.error("subject", "error.caseOrFinding")));
            }
            if (in.caseNumber() != null) {
                MediationCase c = PathCommands.find(s, m, in.caseNumber());
                return new Subject(c.id(), null, c.caseNumber());
            }
            UUID id;
            try {
                id = UUID.fromString(in.findingId().strip());
            } catch (IllegalArgumentException e) {
                throw new ValidationException(List.of(Problem.error("findingId", "error.unknownValue", in.findingId())));
            }
            return s.screening().finding(id).map(f -> new Subject(null, id, m.get("leader.findingSubject", f.summary())))
                    .orElseThrow(() -> new ValidationException(List.of(Problem.error("findingId", "error.unknownValue", in.findingId()))));
        }

        static LocalDate date(String text, String field) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new ValidationException(List.of(Problem.error(field, "error.dateFormat", text)));
            }
        }

        static UUID staff(ReferenceData ref, String name, String field) {
            if (name == null) {
                return null;
            }
            return ref.staff().stream().filter(x -> x.name().equals(name.strip())).map(x -> x.id()).findFirst()
                    .orElseThrow(() -> new ValidationException(List.of(Problem.error(field, "error.unknownValue", name))));
        }

        static LeaderAssignment active(Services s, Subject subject) {
            return s.leader().board(null).stream().filter(a -> !a.closed() && (subject.caseId() != null
                    ? subject.caseId().equals(a.caseId()) : subject.findingId().equals(a.findingId()))).findFirst()
                    .orElseThrow(() -> new ValidationException(List.of(Problem.error("subject", "error.noActiveAssignment"))));
        }

        static <E extends Enum<E>> E label(Class<E> type, String text, String field, Messages m) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(text) || m.label(e).equals(text)) {
                    return e;
                }
            }
            throw new ValidationException(List.of(Problem.error(field, "error.unknownValue", String.valueOf(text))));
        }
    }

    @Command(name = "assign", mixinStandardHelpOptions = true, description = "包案：指定包案领导 / assign a case to a leader")
    static final class Assign extends FileStep {
        @Override
        public List<String> jsonFields() {
            return List.of("caseNumber", "findingId", "leader", "unit", "responsiblePerson", "team", "plan", "assignedDate", "deadline");
        }

        @Override
        public List<String> jsonRequired() {
            return List.of("caseNumber|findingId", "leader", "plan");
        }

        @Override
        LeaderAssignment apply(Services s, LeaderInput in, Subject c, ReferenceData ref, Messages m) {
            LocalDate assigned = in.assignedDate() == null ? s.leader().today() : date(in.assignedDate(), "assignedDate");
            LocalDate deadline = in.deadline() == null ? s.leader().defaultDeadline(assigned) : date(in.deadline(), "deadline");
            UUID unit = in.unit() == null ? null : ref.units().stream().filter(u -> u.name().equals(in.unit())).map(u -> u.id())
                    .findFirst().orElseThrow(() -> new ValidationException(List.of(Problem.error("unit", "error.unknownValue", in.unit()))));
            return s.leader().assign(new LeaderAssignment(null, c.caseId(), c.findingId(), staff(ref, in.leader(), "leader"), unit,
                    in.responsiblePerson(), in.team(), in.plan(), assigned, deadline, false, null, null, null, null, null));
        }
    }

    @Command(name = "extend", mixinStandardHelpOptions = true, description = "延期申请及审批 / an extension, approved or refused")
    static final class Extend extends FileStep {
        @Override
        public List<String> jsonFields() {
            return List.of("caseNumber", "findingId", "date", "days", "reason", "approved", "decidedBy");
        }

        @Override
        public List<String> jsonRequired() {
            return List.of("caseNumber|findingId", "days", "reason", "decidedBy");
        }

        @Override
        LeaderAssignment apply(Services s, LeaderInput in, Subject c, ReferenceData ref, Messages m) {
            LocalDate d = in.date() == null ? s.leader().today() : date(in.date(), "requestedDate");
            return s.leader().extend(active(s, c).id(), new ExtensionRequest(null, d, in.days() == null ? 0 : in.days(), in.reason(),
                    Boolean.TRUE.equals(in.approved()), staff(ref, in.decidedBy(), "decidedBy"), d));
        }
    }

    @Command(name = "supervise", mixinStandardHelpOptions = true, description = "登记督办 / a supervision entry")
    static final class Supervise extends FileStep {
        @Override
        public List<String> jsonFields() {
            return List.of("caseNumber", "findingId", "date", "supervisor", "instruction", "progress", "nextCheckDate");
        }

        @Override
        public List<String> jsonRequired() {
            return List.of("caseNumber|findingId", "instruction");
        }

        @Override
        LeaderAssignment apply(Services s, LeaderInput in, Subject c, ReferenceData ref, Messages m) {
            return s.leader().supervise(active(s, c).id(), new SupervisionEntry(null,
                    in.date() == null ? s.leader().today() : date(in.date(), "date"), staff(ref, in.supervisor(), "supervisor"),
                    in.instruction(), in.progress(), date(in.nextCheckDate(), "nextCheckDate")));
        }
    }

    @Command(name = "close", mixinStandardHelpOptions = true, description = "办结 / close the matter")
    static final class Close extends FileStep {
        @Override
        public List<String> jsonFields() {
            return List.of("caseNumber", "findingId", "outcome", "satisfaction", "date");
        }

        @Override
        public List<String> jsonRequired() {
            return List.of("caseNumber|findingId", "outcome");
        }

        @Override
        public java.util.Map<String, Class<? extends Enum<?>>> jsonChoices() {
            return java.util.Map.of("outcome", ClosureOutcome.class, "satisfaction", Satisfaction.class);
        }

        @Override
        LeaderAssignment apply(Services s, LeaderInput in, Subject c, ReferenceData ref, Messages m) {
            return s.leader().close(active(s, c).id(), label(ClosureOutcome.class, in.outcome(), "outcome", m),
                    in.satisfaction() == null ? null : label(Satisfaction.class, in.satisfaction(), "satisfaction", m),
                    in.date() == null ? s.leader().today() : date(in.date(), "closedDate"));
        }
    }

    @Command(name = "overdue", mixinStandardHelpOptions = true, description = "超期未办结的包案事项 / overdue matters and who owns them")
    static final class Overdue extends LedgerCommand {
        @Option(names = "--format", defaultValue = "table", description = "table | csv | json (default: table)")
        Format format;

        @Override
        int run(Cli cli, Services s) {
            Messages m = cli.messages();
            ReferenceData ref = s.reference().load();
            LocalDate today = s.leader().today();
            List<String> head = List.of(m.get("col.caseNumber"), m.get("field.leader"), m.get("col.responsible"),
                    m.get("field.deadline"), m.get("col.daysOver"), m.get("field.plan"));
            List<List<String>> body = s.leader().overdue().stream().map(a -> List.of(
                    a.caseId() != null ? s.cases().get(a.caseId()).map(MediationCase::caseNumber).orElse("")
                            : s.screening().finding(a.findingId()).map(f -> m.get("leader.findingSubject", f.summary())).orElse(""),
                    ref.staffMember(a.leaderId()).map(x -> x.name()).orElse(""),
                    a.responsiblePerson() == null ? "" : a.responsiblePerson(), a.deadline().toString(),
                    String.valueOf(-a.daysLeft(today)), a.plan())).toList();
            cli.out().print(Output.render(format, head, body, List.of("caseNumber", "leader", "responsible", "deadline", "daysOverdue", "plan"), null, null,
                    m.get("cli.leader.overdueCount", body.size())));
            return Cli.OK;
        }
    }
}
