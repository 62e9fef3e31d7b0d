package org.mediationledger.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mediationledger.model.Messages;
import org.mediationledger.service.RegisterImport;
import org.mediationledger.service.RegisterImport.Kind;
import org.mediationledger.service.RegisterImport.Outcome;
import org.mediationledger.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * import cases|ledger --file F (issue 19): an office's old case register or screening ledger (.xlsx, .xls, .csv) read
 * by column names, checked row by row, the new rows saved in one transaction; import template writes the layouts.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"导入原有的 Excel/WPS/CSV 台账：案件登记（cases）或排查化解台账（ledger）。按列名识别，逐行检查；已有的行不重复导入。",
            "Import an office's existing register from Excel/WPS/CSV: the case register (cases) or the screening ledger (ledger). "
                + "Columns by name, every row checked; rows already present are not imported again."},
        subcommands = {ImportCommand.Cases.class, ImportCommand.Ledger.class, ImportCommand.Template.class})
final class ImportCommand {

    /** What both registers' imports take. */
    abstract static class Register extends LedgerCommand {
        @Option(names = "--file", required = true, paramLabel = "F", description = "表格文件 .xlsx/.xls/.csv / the workbook")
        Path file;

        @Option(names = "--dry-run", description = "只检查并列出，不保存 / check and list, save nothing")
        boolean dryRun;

        @Option(names = "--all-or-nothing", description = "有任何一行出错就什么也不保存 / save nothing if any row has an error")
        boolean allOrNothing;

        @Option(names = "--map", paramLabel = "列名=field",
                description = "把表格中未识别的列对应到字段（记住，下次同名的列自动对应）/ read a column as a field (remembered)")
        Map<String, String> map = new LinkedHashMap<>();

        @Option(names = "--map-name", paramLabel = "字段:名称=本台账的名称",
                description = "把表格中本台账没有的名称按已有的读取（记住）：unit:东山=东山村、grid:东山一组=东山村第1网格、disputeType:邻里矛盾=邻里、mediator:老王=王建国 / "
                        + "read a name as one of this ledger's (remembered)")
        Map<String, String> mapName = new LinkedHashMap<>();

        @Option(names = "--create-name", paramLabel = "字段:名称",
                description = "把表格中本台账没有的村（居）或纠纷类型加入本台账后再导入：unit:月亮村、disputeType:外星纠纷 / "
                        + "add a village or dispute type the ledger lacks before importing")
        List<String> createName = new java.util.ArrayList<>();

        @Option(names = "--errors-out", paramLabel = "F.xlsx", description = "把有错误的行连同错误原因另存 / save the rows with errors")
        Path errorsOut;

        @Option(names = "--format", defaultValue = "table", description = "table | json")
        Format format;

        abstract Kind kind();

        @Override
        int run(Cli cli, Services s) throws Exception {
            Messages m = cli.messages();
            RegisterImport imp = s.registerImport();
            Map<String, Map<String, String>> names = new LinkedHashMap<>();
            mapName.forEach((key, ours) -> {
                int colon = key.indexOf(':');
                if (colon < 1 || !RegisterImport.NAMED_FIELDS.contains(key.substring(0, colon))) {
                    throw new UserInputException(m.get("cli.import.badMapName", key, String.join("、", RegisterImport.NAMED_FIELDS)),
                            Cli.BAD_ARGUMENTS);
                }
                names.computeIfAbsent(key.substring(0, colon), k -> new LinkedHashMap<>()).put(key.substring(colon + 1), ours);
            });
            Map<String, java.util.Set<String>> create = new LinkedHashMap<>();
            for (String key : createName) {
                int colon = key.indexOf(':');
                if (colon < 1 || colon == key.length() - 1 || !RegisterImport.CREATABLE_FIELDS.contains(key.substring(0, colon))) {
                    throw new UserInputException(m.get("cli.import.badCreateName", key, String.join("、", RegisterImport.CREATABLE_FIELDS)),
                            Cli.BAD_ARGUMENTS);
                }
                create.computeIfAbsent(key.substring(0, colon), k -> new java.util.TreeSet<>()).add(key.substring(colon + 1));
            }
            RegisterImport.Plan plan = imp.plan(file, kind(), map, names);
            String created = String.join("、", create.values().stream().flatMap(java.util.Set::stream).toList());
            if (!create.isEmpty() && !dryRun) {
                // added first (checked against what this file lacks), then the file is read again with them
                imp.createNames(plan, create);
                plan = imp.plan(file, kind(), map, names);
            }
            long errors = plan.count(Outcome.ERROR);
            boolean refused = allOrNothing && errors > 0;
            boolean save = !dryRun && plan.hasWork() && !refused;
            // a long import tells how far it has come (on the error stream: the output stays the result alone)
            RegisterImport.Result done = save ? imp.apply(plan, (n, total) -> {
                int step = Math.max(1, total / 10);
                if (n > 0 && (n % step == 0 || n == total)) {
                    cli.err().println(m.get("import.register.progress", n, total));
                    cli.err().flush();
                }
                return true;
            }) : new RegisterImport.Result(0, 0, 0);
            // columns mapped by hand are remembered once the file was taken (not on a trial, not when it was refused)
            boolean remember = !dryRun && !refused && !(map.isEmpty() && names.isEmpty());
            if (remember && !map.isEmpty()) {
                imp.rememberMapping(kind(), map);
            }
            if (remember && !names.isEmpty()) {
                imp.rememberNames(names);
            }
            if (errorsOut != null && errors > 0) {
                RegisterImport.writeErrors(plan, errorsOut, m);
            }
            if (format == Format.json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("file", file.toString());
                o.put("register", kind().name().toLowerCase(java.util.Locale.ROOT));
                o.put("dryRun", dryRun);
                o.put("columns", plan.columns());
                o.put("unknownColumns", plan.unknownColumns());
                o.put("unknownNames", plan.unknownNames());
                o.put("created", dryRun ? Map.of() : create);
                o.put("counts", Map.of("new", plan.count(Outcome.NEW), "present", plan.count(Outcome.PRESENT), "error", errors));
                o.put("rows", plan.lines().stream().map(l -> {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("row", l.row());
                    r.put("outcome", l.outcome().name());
                    r.put("key", l.key());
                    r.put("problems", l.problems().stream().map(p -> {
                        Map<String, Object> one = new LinkedHashMap<>();
                        one.put("field", p.field());
                        one.put("label", m.fieldLabel(p.field()));
                        one.put("message", m.problem(p));
                        return one;
                    }).toList());
                    return r;
                }).toList());
                o.put("saved", Map.of("cases", done.cases(), "rounds", done.rounds(), "findings", done.findings()));
                cli.out().print(Json.write(o));
            } else {
                cli.out().println(m.get("import.register.columns", String.join("、", plan.columns().values())));
                if (!plan.unknownColumns().isEmpty()) {
                    cli.out().println(m.get("import.ignoredColumns", String.join("、", plan.unknownColumns())));
                }
                List<List<String>> body = plan.lines().stream().filter(l -> l.outcome() == Outcome.ERROR)
                        .map(l -> List.of(String.valueOf(l.row()), l.key(), String.join("；", l.problems().stream()
                                .map(p -> m.fieldLabel(p.field()) + "：" + m.problem(p)).toList()))).toList();
                if (!body.isEmpty()) {
                    cli.out().print(Table.render(List.of(m.get("import.col.row"), m.get("import.col.key"), m.get("import.errors.column")), body));
                }
                if (!plan.unknownNames().isEmpty()) {
                    cli.out().println(m.get("import.register.unknownNames", String.join("；", plan.unknownNames().entrySet().stream()
                            .map(e -> m.fieldLabel(e.getKey()) + "：" + String.join("、", e.getValue())).toList())));
                }
                if (!create.isEmpty()) {
                    cli.out().println(m.get(dryRun ? "import.register.wouldCreate" : "import.register.created", created));
                }
                long present = plan.count(Outcome.PRESENT);
                if (dryRun) {
                    cli.out().println(m.get("import.register.dryRun", plan.count(Outcome.NEW), present, errors));
                } else if (allOrNothing && errors > 0) {
                    cli.out().println(m.get("import.register.refused", errors));
                } else if (!save) {
                    cli.out().println(m.get("import.register.nothing"));
                } else {
                    String what = kind() == Kind.CASES ? m.get("import.register.doneCases", done.cases())
                            : m.get("import.register.doneLedger", done.rounds(), done.findings());
                    cli.out().println(m.get("import.register.done", plan.count(Outcome.NEW), present, errors, what));
                }
                if (errorsOut != null && errors > 0) {
                    cli.out().println(m.get("import.register.errorsSaved", errorsOut));
                }
                if (remember) {
                    map.forEach((name, field) -> cli.out().println(m.get("import.register.mapped", name, field)));
                    names.values().forEach(n -> n.forEach((name, ours) -> cli.out().println(m.get("import.register.namedMapped", name, ours))));
                }
            }
            return errors > 0 ? Cli.INVALID_DATA : Cli.OK;
        }
    }

    @Command(name = "cases", mixinStandardHelpOptions = true,
            description = {"导入人民调解案件登记（案号、受理日期、当事人……，有调解结果的连同结果）",
                "import a case register (number, received, parties …, with the result where the sheet has one)"})
    static final class Cases extends Register {
        @Override
        Kind kind() {
            return Kind.CASES;
        }
    }

    @Command(name = "ledger", mixinStandardHelpOptions = true,
            description = {"导入矛盾纠纷排查化解台账（每行一件排查发现，或一次零报告）",
                "import a screening ledger (a row per finding, or a zero report)"})
    static final class Ledger extends Register {
        @Override
        Kind kind() {
            return Kind.LEDGER;
        }
    }

    @Command(name = "template", mixinStandardHelpOptions = true,
            description = {"保存空白导入模板（标准列名）", "save an empty import template with the standard columns"})
    static final class Template extends BaseCommand {
        @Parameters(index = "0", paramLabel = "cases|ledger", description = "哪一种台账 / which register")
        String which;

        @Option(names = "--out", required = true, paramLabel = "F", description = "模板文件 .xlsx / where to save it")
        Path out;

        @Override
        public Integer call() throws java.io.IOException {
            Cli cli = cli();
            Kind kind = switch (which.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "cases" -> Kind.CASES;
                case "ledger" -> Kind.LEDGER;
                default -> throw new UserInputException(cli.messages().get("cli.badArguments", which), Cli.BAD_ARGUMENTS);
            };
            RegisterImport.writeTemplate(kind, out, cli.messages());
            cli.out().println(cli.messages().get("import.register.templateSaved", out));
            return Cli.OK;
        }
    }
}
