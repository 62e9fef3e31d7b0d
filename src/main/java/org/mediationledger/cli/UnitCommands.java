package org.mediationledger.cli;

import static org.mediationledger.cli.ReferenceCommands.enumOf;
import static org.mediationledger.cli.ReferenceCommands.named;
import static org.mediationledger.cli.ReferenceCommands.print;
import static org.mediationledger.cli.ReferenceCommands.retire;
import static org.mediationledger.cli.ReferenceCommands.unit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mediationledger.model.Messages;
import org.mediationledger.model.MicroGrid;
import org.mediationledger.model.Unit;
import org.mediationledger.model.UnitKind;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Villages and communities and their micro-grids from the command line, as in Settings → 村（居）与网格. */
final class UnitCommands {
    private UnitCommands() {
    }

    @Command(name = "units", mixinStandardHelpOptions = true, description = "村（居）委会 / villages and communities",
            subcommands = {Units.ListUnits.class, Units.Add.class, Units.Rename.class, Units.Established.class, Units.Retire.class,
                Units.Import.class, Units.Template.class})
    static final class Units extends GroupCommand {
        @Command(name = "list", mixinStandardHelpOptions = true, description = "列出村（居） / list the units")
        static final class ListUnits extends LedgerCommand {
            @Option(names = "--format", defaultValue = "table", description = "table | csv | json")
            Format format;

            @Override
            int run(Cli cli, Services s) {
                Messages m = cli.messages();
                ReferenceData ref = s.reference().load();
                List<List<String>> body = ref.units().stream().map(u -> List.of(u.name(),
                        format == Format.json ? u.kind().name() : m.label(u.kind()),
                        String.valueOf(ref.gridsOf(u.id()).size()), u.establishedOn() == null ? "" : u.establishedOn().toString(),
                        u.retiredOn() == null ? "" : u.retiredOn().toString())).toList();
                cli.out().print(print(cli, format, List.of(m.get("cli.ref.name"), m.get("cli.ref.kind"), m.get("cli.ref.grids"),
                                m.fieldLabel("establishedOn"), m.fieldLabel("retiredOn")), body,
                        List.of("name", "kind", "grids", "establishedOn", "retiredOn"), ref.units().stream().map(u -> u.id().toString()).toList()));
                return Cli.OK;
            }
        }

        @Command(name = "add", mixinStandardHelpOptions = true, description = "添加村（居） / add a unit")
        static final class Add extends LedgerCommand {
            @Option(names = "--name", required = true, description = "名称 / name")
            String name;

            @Option(names = "--kind", defaultValue = "VILLAGE", description = "VILLAGE（村委会） | COMMUNITY（居委会）")
            String kind;

            @Option(names = "--established", paramLabel = "D",
                    description = "设立日期（默认今天；早于它的排查、案件不能登记） / set up on (default: today)")
            LocalDate established;

            @Override
            int run(Cli cli, Services s) {
                UnitKind k = enumOf(cli, UnitKind.class, kind, "--kind");
                int order = s.reference().load().units().size() + 1;
                Unit u = s.reference().saveUnit(new Unit(null, name.strip(), k, order, 0, established, null));
                cli.out().println(cli.messages().get("cli.ref.added", u.name()));
                return Cli.OK;
            }
        }

        @Command(name = "rename", mixinStandardHelpOptions = true, description = "改名 / rename a unit")
        static final class Rename extends LedgerCommand {
            @Option(names = "--name", required = true, description = "现在的名称 / current name")
            String name;

            @Option(names = "--to", required = true, description = "新名称 / new name")
            String to;

            @Override
            int run(Cli cli, Services s) {
                Unit u = unit(cli, s.reference().load(), name);
                Unit saved = s.reference().saveUnit(new Unit(u.id(), to.strip(), u.kind(), u.sortOrder(), u.version()));
                cli.out().println(cli.messages().get("cli.ref.renamed", u.name(), saved.name()));
                return Cli.OK;
            }
        }

        @Command(name = "established", mixinStandardHelpOptions = true,
                description = "设定村（居）的设立日期 / set the day a unit was set up")
        static final class Established extends LedgerCommand {
            @Option(names = "--name", required = true, description = "名称 / name")
            String name;

            @Option(names = "--date", required = true, paramLabel = "D", description = "设立日期 / set up on")
            LocalDate date;

            @Override
            int run(Cli cli, Services s) {
                Unit u = unit(cli, s.reference().load(), name);
                Unit saved = s.reference().saveUnit(new Unit(u.id(), u.name(), u.kind(), u.sortOrder(), u.version(), date, u.retiredOn()));
                cli.out().println(cli.messages().get("cli.ref.established", saved.name(), saved.establishedOn()));
                return Cli.OK;
            }
        }

        @Command(name = "import", mixinStandardHelpOptions = true,
                description = {"从表格导入村（居）和网格（.xlsx、.xls、.csv；按列名识别：村（居）、类型、网格、设立日期）；已有的不重复添加。"
                    + "有错误的行不导入，其余照常导入，退出码为 1。",
                    "import units and grids from a sheet (columns by name); rows already present are skipped; rows with errors"
                    + " are left out, the rest kept, exit code 1"})
        static final class Import extends LedgerCommand {
            @Option(names = "--file", required = true, paramLabel = "F", description = "表格文件 / the sheet")
            java.nio.file.Path file;

            @Option(names = "--dry-run", description = "只检查并列出，不保存 / check and list, save nothing")
            boolean dryRun;

            @Option(names = "--established", paramLabel = "D",
                    description = "表中未填设立日期的新村（居）的设立日期（默认今年1月1日） / set-up day of new units the sheet gives none"
                            + " (default: 1 January this year)")
            LocalDate established;

            @Option(names = "--format", defaultValue = "table", description = "table | json")
            Format format;

            @Override
            int run(Cli cli, Services s) {
                Messages m = cli.messages();
                org.mediationledger.service.UnitImport imp = s.unitImport();
                org.mediationledger.service.UnitImport.Plan plan = imp.plan(file);
                LocalDate day = established != null ? established : s.reference().today().withDayOfYear(1);
                org.mediationledger.service.UnitImport.Result done = dryRun ? new org.mediationledger.service.UnitImport.Result(0, 0)
                        : imp.apply(plan, day);
                long errors = plan.count(org.mediationledger.service.UnitImport.Outcome.ERROR);
                if (format == Format.json) {
                    java.util.Map<String, Object> o = new java.util.LinkedHashMap<>();
                    o.put("file", file.toString());
                    o.put("dryRun", dryRun);
                    o.put("columns", plan.columns());
                    o.put("ignoredColumns", plan.ignored());
                    o.put("rows", plan.lines().stream().map(l -> {
                        java.util.Map<String, Object> r = new java.util.LinkedHashMap<>();
                        r.put("row", l.row());
                        r.put("unit", l.unit());
                        r.put("kind", l.kind() == null ? null : l.kind().name());
                        r.put("grid", l.grid());
                        r.put("establishedOn", l.establishedOn() == null ? null : l.establishedOn().toString());
                        r.put("outcome", l.outcome().name());
                        r.put("problem", l.problem() == null ? null : m.problem(l.problem()));
                        return r;
                    }).toList());
                    o.put("added", java.util.Map.of("units", done.units(), "grids", done.grids()));
                    cli.out().print(Json.write(o));
                } else {
                    List<List<String>> body = plan.lines().stream().map(l -> List.of(String.valueOf(l.row()), l.unit(),
                            l.kind() == null ? "" : m.label(l.kind()), l.grid() == null ? "" : l.grid(),
                            l.establishedOn() == null ? "" : l.establishedOn().toString(),
                            l.problem() == null ? m.get("import.outcome." + l.outcome().name()) : m.problem(l.problem()))).toList();
                    cli.out().print(Table.render(List.of(m.get("import.col.row"), m.get("cli.ref.name"), m.get("cli.ref.kind"),
                            m.get("import.units.col.grid"), m.fieldLabel("establishedOn"), m.get("import.col.outcome")), body));
                    if (!plan.ignored().isEmpty()) {
                        cli.out().println(m.get("import.ignoredColumns", String.join("、", plan.ignored())));
                    }
                    cli.out().println(dryRun ? m.get("import.units.dryRun", plan.count(org.mediationledger.service.UnitImport.Outcome.NEW_UNIT),
                            plan.newGrids(), errors) : m.get("import.units.done", done.units(), done.grids(), errors));
                }
                return errors > 0 ? Cli.INVALID_DATA : Cli.OK;
            }
        }

        @Command(name = "template", mixinStandardHelpOptions = true,
                description = "保存村（居）与网格的导入模板（.xlsx） / save the import template")
        static final class Template extends BaseCommand {
            @Option(names = "--out", required = true, paramLabel = "F", description = "模板文件 / where to save it")
            java.nio.file.Path out;

            @Override
            public Integer call() throws java.io.IOException {
                Cli cli = cli();
                org.mediationledger.service.UnitImport.writeTemplate(out, cli.messages());
                cli.out().println(cli.messages().get("cli.saved", out));
                return Cli.OK;
            }
        }

        @Command(name = "retire", mixinStandardHelpOptions = true,
                description = "撤销村（居）（合并、更名）：保留历史和此前的统计，不再可选 / retire a unit (merged or renamed away)")
        static final class Retire extends LedgerCommand {
            @Option(names = "--name", required = true, description = "名称 / name")
            String name;

            @Option(names = "--date", paramLabel = "D", description = "撤销日期（默认今天） / retired on (default: today)")
            LocalDate date;

            @Override
            int run(Cli cli, Services s) {
                Unit u = unit(cli, s.reference().load(), name);
                return retire(cli, s, u.id(), u.name(), date, (x, id, day) -> x.reference().retireUnit(id, day));
            }
        }
    }


    @Command(name = "grids", mixinStandardHelpOptions = true, description = "微网格 / micro-grids",
            subcommands = {Grids.ListGrids.class, Grids.Add.class, Grids.Retire.class})
    static final class Grids extends GroupCommand {
        @Command(name = "list", mixinStandardHelpOptions = true, description = "列出微网格 / list the grids")
        static final class ListGrids extends LedgerCommand {
            @Option(names = "--unit", description = "村（居）名称 / unit")
            String unit;

            @Option(names = "--format", defaultValue = "table", description = "table | csv | json")
            Format format;

            @Override
            int run(Cli cli, Services s) {
                Messages m = cli.messages();
                ReferenceData ref = s.reference().load();
                List<MicroGrid> list = unit == null ? ref.grids() : ref.gridsOf(unit(cli, ref, unit).id());
                List<List<String>> body = list.stream().map(g -> List.of(ref.unit(g.unitId()).map(Unit::name).orElse(""), g.name()))
                        .toList();
                cli.out().print(print(cli, format, List.of(m.get("cli.ref.unit"), m.get("cli.ref.name")), body, List.of("unit", "name"),
                        list.stream().map(g -> g.id().toString()).toList()));
                return Cli.OK;
            }
        }

        @Command(name = "add", mixinStandardHelpOptions = true, description = "添加微网格 / add a grid")
        static final class Add extends LedgerCommand {
            @Option(names = "--unit", required = true, description = "村（居）名称 / unit")
            String unit;

            @Option(names = "--name", required = true, description = "网格名称 / name")
            String name;

            @Override
            int run(Cli cli, Services s) {
                ReferenceData ref = s.reference().load();
                Unit u = unit(cli, ref, unit);
                MicroGrid g = s.reference().saveGrid(new MicroGrid(null, u.id(), name.strip(), ref.gridsOf(u.id()).size() + 1, 0));
                cli.out().println(cli.messages().get("cli.ref.added", u.name() + " · " + g.name()));
                return Cli.OK;
            }
        }

        @Command(name = "retire", mixinStandardHelpOptions = true, description = "撤销微网格 / retire a grid")
        static final class Retire extends LedgerCommand {
            @Option(names = "--unit", required = true, description = "村（居）名称 / unit")
            String unit;

            @Option(names = "--name", required = true, description = "网格名称 / name")
            String name;

            @Option(names = "--date", paramLabel = "D", description = "撤销日期（默认今天） / retired on (default: today)")
            LocalDate date;

            @Override
            int run(Cli cli, Services s) {
                ReferenceData ref = s.reference().load();
                Unit u = unit(cli, ref, unit);
                MicroGrid g = named(cli, ref.gridsOf(u.id()), MicroGrid::name, name, "cli.ref.unknownName");
                return retire(cli, s, g.id(), g.name(), date, (x, id, day) -> x.reference().retireGrid(id, day));
            }
        }
    }

}
