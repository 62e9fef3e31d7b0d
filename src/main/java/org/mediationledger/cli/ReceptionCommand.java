package org.mediationledger.cli;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.mediationledger.model.MatterHandling;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Problem;
import org.mediationledger.model.ReceptionDay;
import org.mediationledger.model.ReceptionMatter;
import org.mediationledger.model.ValidationException;
import org.mediationledger.service.ReceptionService;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "reception", mixinStandardHelpOptions = true, description = "领导接访日 / leader reception days",
        subcommands = {ReceptionCommand.Add.class, ReceptionCommand.ListMatters.class, ReceptionCommand.Progress.class,
            ReceptionCommand.Overdue.class})
final class ReceptionCommand extends GroupCommand {
    @JsonIgnoreProperties(ignoreUnknown = false)
    record DayInput(String date, String leader, String place, List<MatterInput> matters) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    record MatterInput(String visitorName, String visitorPhone, Integer people, String matter, String handling, String answer,
                       String acceptedDate, String routedDate, String repliedDate, Integer extensionDays,
                       String extensionReason, String reviewRequestedDate, String reviewAnsweredDate) {
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "登记一次领导接访日及来访事项 / record a reception day")
    static final class Add extends JsonFileCommand {
        Add() {
            super(DayInput.class, "date", "leader");
        }

        @Override
        public java.util.Map<String, Class<? extends Enum<?>>> jsonChoices() {
            return java.util.Map.of("handling", org.mediationledger.model.MatterHandling.class);
        }

        @Option(names = "--file", required = true, paramLabel = "day.json", description = "JSON 文件 / the day as JSON")
        Path file;

        @Override
        int run(Cli cli, Services s) {
            Messages m = cli.messages();
            List<DayInput> inputs = Json.read(file, DayInput.class, m);
            ReferenceData ref = s.reference().load();
            return BatchAdd.run(cli, s.transactions(), inputs, in -> toDay(in, ref, m), d -> List.of(), n -> m.get("cli.reception.nth", n), d -> {
                ReceptionDay saved = s.reception().add(d);
                return m.get("cli.reception.added", saved.date(), saved.matters().size(),
                        saved.matters().stream().filter(ReceptionMatter::isPetition).count());
            });
        }

        private static ReceptionDay toDay(DayInput in, ReferenceData ref, Messages m) {
            List<Problem> problems = new ArrayList<>();
            LocalDate date = date(in.date(), "date", problems);
            var leader = in.leader() == null ? null : ref.staff().stream().filter(x -> x.name().equals(in.leader()))
                    .map(x -> x.id()).findFirst().orElse(null);
            if (in.leader() != null && leader == null) {
                problems.add(Problem.error("leader", "error.unknownValue", in.leader()));
            }
            List<ReceptionMatter> matters = new ArrayList<>();
            List<MatterInput> ms = in.matters() == null ? List.of() : in.matters();
            for (int i = 0; i < ms.size(); i++) {
                MatterInput x = ms.get(i);
                String pre = "matters[" + i + "].";
                MatterHandling h = null;
                for (MatterHandling c : MatterHandling.values()) {
                    if (c.name().equalsIgnoreCase(String.valueOf(x.handling())) || m.label(c).equals(x.handling())) {
                        h = c;
                    }
                }
                if (h == null) {
                    problems.add(Problem.error(pre + "handling", "error.unknownValue", String.valueOf(x.handling())));
                }
                matters.add(new ReceptionMatter(null, x.visitorName(), x.visitorPhone(), x.people() == null ? 1 : x.people(),
                        x.matter(), h, x.answer(), date, date(x.acceptedDate(), pre + "acceptedDate", problems),
                        date(x.routedDate(), pre + "routedDate", problems), date(x.repliedDate(), pre + "repliedDate", problems),
                        x.extensionDays(), x.extensionReason(), date(x.reviewRequestedDate(), pre + "reviewRequestedDate", problems),
                        date(x.reviewAnsweredDate(), pre + "reviewAnsweredDate", problems), null));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            return new ReceptionDay(null, date, leader, in.place(), matters);
        }

        static LocalDate date(String text, String field, List<Problem> problems) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                problems.add(Problem.error(field, "error.dateFormat", text));
                return null;
            }
        }
    }

    @Command(name = "overdue", mixinStandardHelpOptions = true, description = "超期的信访事项 / petition matters past a deadline")
    static final class Overdue extends LedgerCommand {
        @Option(names = "--format", defaultValue = "table", description = "table | csv | json (default: table)")
        Format format;

        @Override
        int run(Cli cli, Services s) {
            Messages m = cli.messages();
            ReferenceData ref = s.reference().load();
            List<String> head = List.of(m.get("col.date"), m.get("field.leader"), m.get("field.matter.visitorName"),
                    m.get("field.matter.matter"), m.get("col.lateStep"));
            List<List<String>> body = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (ReceptionService.LatePetition p : s.reception().overduePetitions()) {
                String late = String.join("；", p.lateSteps().stream().map(x -> m.get(x[0], x[1])).toList());
                body.add(List.of(p.day().date().toString(), ref.staffMember(p.day().leaderId()).map(x -> x.name()).orElse(""),
                        p.matter().visitorName(), p.matter().matter(), late));
                ids.add(p.matter().id().toString());
            }
            cli.out().print(Output.render(format, head, body, List.of("date", "leader", "visitor", "matter", "late"), "matterId", ids,
                    m.get("cli.reception.overdueCount", body.size())));
            return Cli.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "列出来访事项（json 含事项编号）/ the matters of reception days, with their ids in json")
    static final class ListMatters extends LedgerCommand {
        @Option(names = "--from", paramLabel = "D", description = "起始日期 / from (default: a year ago)")
        LocalDate from;

        @Option(names = "--to", paramLabel = "D", description = "截止日期 / to (default: today)")
        LocalDate to;

        @Option(names = "--format", defaultValue = "table", description = "table | csv | json (default: table)")
        Format format;

        @Override
        int run(Cli cli, Services s) {
            Messages m = cli.messages();
            ReferenceData ref = s.reference().load();
            LocalDate t = s.reception().today();
            List<String> head = List.of(m.get("col.date"), m.get("field.leader"), m.get("field.matter.visitorName"),
                    m.get("field.matter.visitorPhone"), m.get("field.matter.matter"), m.get("field.matter.handling"));
            List<List<String>> body = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (ReceptionDay d : s.reception().days(from == null ? t.minusYears(1) : from, to == null ? t : to)) {
                for (ReceptionMatter x : d.matters()) {
                    body.add(List.of(d.date().toString(), ref.staffMember(d.leaderId()).map(y -> y.name()).orElse(""),
                            x.visitorName(), x.visitorPhone() == null ? "" : org.mediationledger.model.Masking.phone(x.visitorPhone()),
                            x.matter(), m.label(x.handling())));
                    ids.add(x.id().toString());
                }
            }
            cli.out().print(Output.render(format, head, body, List.of("date", "leader", "visitor", "phone", "matter", "handling"),
                    "matterId", ids, null));
            return Cli.OK;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    record ProgressInput(String matterId, String acceptedDate, String routedDate, String repliedDate, Integer extensionDays,
                         String extensionReason, String reviewRequestedDate, String reviewAnsweredDate) {
    }

    @Command(name = "progress", mixinStandardHelpOptions = true,
            description = "登记信访事项办理进度（受理、转送、答复、延期、复查）/ record a petition matter's progress")
    static final class Progress extends JsonFileCommand {
        Progress() {
            super(ProgressInput.class, "matterId");
        }

        @Option(names = "--file", required = true, paramLabel = "x.json",
                description = "JSON：matterId 及已办的日期；未写的日期保持不变 / matterId and the dates done; dates left out stay")
        Path file;

        @Override
        int run(Cli cli, Services s) {
            Messages m = cli.messages();
            List<ProgressInput> inputs = Json.read(file, ProgressInput.class, m);
            if (inputs.size() != 1) {
                throw new UserInputException(m.get("cli.oneObject", file), Cli.INVALID_DATA);
            }
            ProgressInput in = inputs.get(0);
            java.util.UUID id;
            try {
                id = java.util.UUID.fromString(String.valueOf(in.matterId()).strip());
            } catch (IllegalArgumentException e) {
                throw new ValidationException(List.of(Problem.error("matterId", "error.unknownValue", String.valueOf(in.matterId()))));
            }
            ReceptionMatter x = s.reception().matter(id).map(ReceptionService.DayMatter::matter).orElseThrow(() ->
                    new ValidationException(List.of(Problem.error("matterId", "error.unknownValue", in.matterId()))));
            List<Problem> problems = new ArrayList<>();
            ReceptionMatter updated = x.withProgress(or(in.acceptedDate(), x.acceptedDate(), "acceptedDate", problems),
                    or(in.routedDate(), x.routedDate(), "routedDate", problems),
                    or(in.repliedDate(), x.repliedDate(), "repliedDate", problems),
                    in.extensionDays() != null ? in.extensionDays() : x.extensionDays(),
                    in.extensionReason() != null ? in.extensionReason() : x.extensionReason(),
                    or(in.reviewRequestedDate(), x.reviewRequestedDate(), "reviewRequestedDate", problems),
                    or(in.reviewAnsweredDate(), x.reviewAnsweredDate(), "reviewAnsweredDate", problems));
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            s.reception().progress(updated);
            ReceptionMatter now = s.reception().matter(id).orElseThrow().matter();
            String late = String.join("；", now.lateSteps(s.reception().today()).stream().map(y -> m.get(y[0], y[1])).toList());
            cli.out().println(m.get("cli.reception.progressed", now.visitorName(), late.isEmpty() ? m.get("cli.reception.noneLate") : late));
            return Cli.OK;
        }

        private static LocalDate or(String text, LocalDate current, String field, List<Problem> problems) {
            LocalDate d = Add.date(text, field, problems);
            return text == null ? current : d;
        }
    }
}
