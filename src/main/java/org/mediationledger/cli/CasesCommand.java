package org.mediationledger.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mediationledger.model.CaseFilter;
import org.mediationledger.model.CaseStatus;
import org.mediationledger.model.CaseSummary;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Page;
import org.mediationledger.service.CaseInput;
import org.mediationledger.service.CaseInputMapper;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "cases", mixinStandardHelpOptions = true, description = "人民调解案件 / the case register",
        subcommands = {CasesCommand.ListCases.class, CasesCommand.AddCase.class, PathCommands.Show.class,
            PathCommands.Attempt.class, PathCommands.Escalate.class, PathCommands.Terminate.class, PathCommands.Agree.class,
            PathCommands.Perform.class, PathCommands.Followup.class, PathCommands.Extend.class, PathCommands.PreventionStep.class,
            PathCommands.Withdraw.class, PathCommands.Close.class, PathCommands.Archive.class, PathCommands.Batch.class,
            CasesCommand.ExportCases.class})
final class CasesCommand extends GroupCommand {
    enum Format { table, csv, json }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "列出案件 / list cases, newest first")
    static final class ListCases extends LedgerCommand {
        @Option(names = "--unit", paramLabel = "U", description = "村/社区名称 / unit name")
        String unit;

        @Option(names = "--text", paramLabel = "T",
                description = "搜索：案号、当事人姓名、摘要中的字，或完整的身份证号 / search: case number, party name, summary, or a whole ID number")
        String text;

        @Option(names = "--status", paramLabel = "S", description = "状态，如 REGISTERED 或 受理 / status")
        String status;

        @Option(names = "--format", defaultValue = "table", description = "table | csv | json (default: table)")
        Format format;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
                description = "最多列出 N 件（最新的在前；0：全部）/ at most N cases, newest first (0: all)")
        int limit;

        @Override
        int run(Cli cli, Services s) {
            Messages m = cli.messages();
            if (limit < 0) {
                throw new UserInputException(m.get("cli.badLimit", limit), Cli.BAD_ARGUMENTS);
            }
            ReferenceData ref = s.reference().load();
            UUID unitId = null;
            if (unit != null) {
                unitId = ref.units().stream().filter(u -> u.name().equals(unit.strip())).map(u -> u.id()).findFirst()
                        .orElseThrow(() -> new UserInputException(m.get("cli.unknownUnit", unit,
                                String.join("、", ref.units().stream().map(u -> u.name()).toList())), Cli.BAD_ARGUMENTS));
            }
            CaseStatus st = status == null ? null : parseStatus(m, status);
            List<CaseSummary> rows = new ArrayList<>();
            CaseFilter filter = new CaseFilter(unitId, null, st, null, null, null, text);
            int offset = 0;
            Page<CaseSummary> page;
            int size = limit == 0 ? 1000 : Math.min(limit, 1000);
            do {
                page = s.cases().search(filter, offset, limit == 0 ? size : Math.min(size, limit - rows.size()));
                rows.addAll(page.rows());
                offset += size;
            } while (offset < page.total() && (limit == 0 || rows.size() < limit));
            cli.out().print(render(m, rows, format));
            if (format == Format.table && rows.size() < page.total()) {
                cli.out().println(m.get("cli.cases.limited", rows.size(), page.total()));
            }
            return Cli.OK;
        }

        private static CaseStatus parseStatus(Messages m, String text) {
            for (CaseStatus c : CaseStatus.values()) {
                if (c.name().equalsIgnoreCase(text.strip()) || m.label(c).equals(text.strip())) {
                    return c;
                }
            }
            throw new UserInputException(m.get("cli.unknownStatus", text), Cli.BAD_ARGUMENTS);
        }

        static String render(Messages m, List<CaseSummary> rows, Format format) {
            List<String> head = List.of(m.get("col.caseNumber"), m.get("col.received"), m.get("col.unit"), m.get("col.type"),
                    m.get("col.applicants"), m.get("col.respondents"), m.get("col.risk"), m.get("col.status"));
            List<List<String>> body = rows.stream().map(r -> List.of(r.caseNumber(), r.receivedDate().toString(), r.unitName(),
                    r.disputeTypeName(), r.applicants(), r.respondents(), m.label(r.riskLevel()), m.label(r.status()))).toList();
            return switch (format) {
                case table -> Table.render(head, body) + m.get("cli.cases.count", rows.size()) + System.lineSeparator();
                case csv -> Csv.of(head, body);
                case json -> json(rows, m);
            };
        }

        private static String json(List<CaseSummary> rows, Messages m) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (CaseSummary r : rows) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("caseNumber", r.caseNumber());
                o.put("receivedDate", r.receivedDate().toString());
                o.put("unit", r.unitName());
                o.put("disputeType", r.disputeTypeName());
                o.put("applicants", r.applicants());
                o.put("respondents", r.respondents());
                o.put("summary", r.summary());
                o.put("riskLevel", r.riskLevel().name());
                o.put("status", r.status().name());
                o.put("amountInvolved", r.amountInvolved());
                out.add(o);
            }
            return Json.write(out);
        }
    }

    /** A case as read from the file, and what it was opened from, if anything. */
    record Intake(org.mediationledger.model.CaseDraft draft, java.util.Optional<org.mediationledger.model.CaseOrigin> origin) {
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"导出案件登记表（.xlsx，与导入模板同样的列，可再导入；不含身份证号和电话）",
                "export the case register (.xlsx, the import template's columns, imports again; no ID numbers or phones)"})
    static final class ExportCases extends LedgerCommand {
        @Option(names = "--out", required = true, paramLabel = "F.xlsx", description = "导出文件 / the workbook to write")
        java.nio.file.Path out;

        @Option(names = "--from", paramLabel = "D", description = "受理日期起 / received from (default: all)")
        java.time.LocalDate from;

        @Option(names = "--to", paramLabel = "D", description = "受理日期止 / received to (default: all)")
        java.time.LocalDate to;

        @Override
        int run(Cli cli, Services s) throws Exception {
            int n = s.registerImport().exportCases(from, to, out, cli.messages());
            s.history().recordExport("cases", out);
            cli.out().println(cli.messages().get("cli.cases.exported", n, out));
            return Cli.OK;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"从 JSON 文件登记案件（与登记表单同样校验）；文件可以是一个案件，也可以是案件数组，有一处不对则都不保存。",
                "Register a case (or an array of cases) from a JSON file, validated like the form; one error saves nothing."})
    static final class AddCase extends JsonFileCommand {
        AddCase() {
            super(CaseInput.class, "source", "disputeType", "unit", "summary", "peopleInvolved", "riskLevel", "receivedDate");
        }

        @Override
        public java.util.Map<String, Class<? extends Enum<?>>> jsonChoices() {
            return java.util.Map.of("source", org.mediationledger.model.CaseSource.class, "riskLevel", org.mediationledger.model.RiskLevel.class, "role", org.mediationledger.model.PartyRole.class, "gender", org.mediationledger.model.Gender.class);
        }

        @Option(names = "--file", required = true, paramLabel = "case.json", description = "案件 JSON 文件 / the case as JSON")
        Path file;

        @Override
        int run(Cli cli, Services s) {
            Messages m = cli.messages();
            List<CaseInput> inputs = Json.read(file, CaseInput.class, m);
            ReferenceData ref = s.reference().load();
            CaseInputMapper mapper = new CaseInputMapper();
            return BatchAdd.run(cli, s.transactions(), inputs, in -> new Intake(mapper.toDraft(in, ref), mapper.origin(in)),
                    i -> s.cases().check(i.draft()), n -> m.get("cli.cases.nth", n),
                    i -> m.get("cli.cases.added", i.origin().map(o -> s.cases().registerFrom(i.draft(), o))
                            .orElseGet(() -> s.cases().register(i.draft())).caseNumber()));
        }
    }
}
