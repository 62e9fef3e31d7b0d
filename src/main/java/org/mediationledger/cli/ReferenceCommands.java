package org.mediationledger.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mediationledger.model.DisputeType;
import org.mediationledger.model.Messages;
import org.mediationledger.model.MicroGrid;
import org.mediationledger.model.Rounding;
import org.mediationledger.model.SensitivePeriod;
import org.mediationledger.model.Staff;
import org.mediationledger.model.StaffRole;
import org.mediationledger.model.Unit;
import org.mediationledger.model.UnitKind;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.service.Services;
import org.mediationledger.service.SettingsService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A township set up and kept from the command line, as in Settings: units, grids, staff, dispute types, sensitive
 * periods and the settings. JSON output has fixed English keys whatever the language.
 */
final class ReferenceCommands {
    private ReferenceCommands() {
    }

    /** An enum by its constant or its label in either language. */
    static <E extends Enum<E>> E enumOf(Cli cli, Class<E> type, String text, String option) {
        Messages zh = Messages.forLanguage("zh");
        Messages en = Messages.forLanguage("en");
        String t = text == null ? "" : text.strip();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(t) || zh.label(e).equals(t) || en.label(e).equalsIgnoreCase(t)) {
                return e;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            allowed.add(e.name() + "/" + zh.label(e));
        }
        throw new UserInputException(cli.messages().get("cli.ref.badValue", option, t, String.join("、", allowed)), Cli.BAD_ARGUMENTS);
    }

    static Unit unit(Cli cli, ReferenceData ref, String name) {
        return named(cli, ref.units(), Unit::name, name, "cli.unknownUnit");
    }

    /** The one of a list with the name given, or a sentence naming the names there are. */
    static <T> T named(Cli cli, List<T> items, java.util.function.Function<T, String> nameOf, String name, String unknownKey) {
        String wanted = name == null ? null : name.strip();
        return items.stream().filter(x -> nameOf.apply(x).equals(wanted)).findFirst()
                .orElseThrow(() -> new UserInputException(cli.messages().get(unknownKey, name,
                        String.join("、", items.stream().map(nameOf).toList())), Cli.BAD_ARGUMENTS));
    }

    /** How a retire command retires what it found: the service call for units, grids or staff. */
    interface Retirement {
        void retire(Services s, UUID id, LocalDate day);
    }

    /** The end every retire command shares: the day (today unless given), the retirement, the sentence. */
    static Integer retire(Cli cli, Services s, UUID id, String name, LocalDate date, Retirement how) {
        LocalDate day = date == null ? s.reference().today() : date;
        how.retire(s, id, day);
        cli.out().println(cli.messages().get("settings.retired", name, day));
        return Cli.OK;
    }

    private static String print(Cli cli, Format format, List<String> head, List<List<String>> body, List<String> keys,
                                List<String> ids) {
        return Output.render(format, head, body, keys, "id", ids, cli.messages().get("cli.ref.count", body.size()));
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

    @Command(name = "staff", mixinStandardHelpOptions = true, description = "人员 / staff",
            subcommands = {StaffCommands.ListStaff.class, StaffCommands.Add.class, StaffCommands.Retire.class})
    static final class StaffCommands extends GroupCommand {
        @Command(name = "list", mixinStandardHelpOptions = true, description = "列出人员 / list the staff (phones masked)")
        static final class ListStaff extends LedgerCommand {
            @Option(names = "--format", defaultValue = "table", description = "table | csv | json")
            Format format;

            @Override
            int run(Cli cli, Services s) {
                Messages m = cli.messages();
                ReferenceData ref = s.reference().load();
                List<List<String>> body = ref.staff().stream().map(x -> List.of(x.name(),
                        format == Format.json ? x.role().name() : m.label(x.role()),
                        x.unitId() == null ? "" : ref.unit(x.unitId()).map(Unit::name).orElse(""),
                        x.phone() == null ? "" : org.mediationledger.model.Masking.phone(x.phone()))).toList();
                cli.out().print(print(cli, format, List.of(m.get("cli.ref.name"), m.get("cli.ref.role"), m.get("cli.ref.unit"),
                        m.get("cli.ref.phone")), body, List.of("name", "role", "unit", "phone"),
                        ref.staff().stream().map(x -> x.id().toString()).toList()));
                return Cli.OK;
            }
        }

        @Command(name = "add", mixinStandardHelpOptions = true, description = "添加人员 / add a staff member")
        static final class Add extends LedgerCommand {
            @Option(names = "--name", required = true, description = "姓名 / name")
            String name;

            @Option(names = "--role", required = true, description = "CLERK | MEDIATOR | LEADER | LEGAL_ADVISER | GRID_WORKER（或中文）")
            String role;

            @Option(names = "--unit", description = "所属村（居） / unit (none: the township office)")
            String unit;

            @Option(names = "--phone", description = "电话 / phone")
            String phone;

            @Override
            int run(Cli cli, Services s) {
                StaffRole r = enumOf(cli, StaffRole.class, role, "--role");
                ReferenceData ref = s.reference().load();
                Staff saved = s.reference().saveStaff(new Staff(null, name, r, unit == null ? null : unit(cli, ref, unit).id(), phone, 0));
                cli.out().println(cli.messages().get("cli.ref.added", saved.name()));
                return Cli.OK;
            }
        }

        @Command(name = "retire", mixinStandardHelpOptions = true, description = "人员离任：保留历史，不再可选 / a staff member left the post")
        static final class Retire extends LedgerCommand {
            @Option(names = "--name", required = true, description = "姓名 / name")
            String name;

            @Option(names = "--date", paramLabel = "D", description = "离任日期（默认今天） / left on (default: today)")
            LocalDate date;

            @Override
            int run(Cli cli, Services s) {
                ReferenceData ref = s.reference().load();
                Staff x = named(cli, ref.staff(), Staff::name, name, "cli.ref.unknownName");
                return retire(cli, s, x.id(), x.name(), date, (v, id, day) -> v.reference().retireStaff(id, day));
            }
        }
    }

    @Command(name = "types", mixinStandardHelpOptions = true, description = "纠纷类型（当前使用的版本） / the dispute types in use",
            subcommands = {Types.ListTypes.class})
    static final class Types extends LedgerCommand {
        @Option(names = "--format", defaultValue = "table", description = "table | csv | json")
        Format format;

        /** `types` and `types list` both list them. */
        @Override
        int run(Cli cli, Services s) {
            Messages m = cli.messages();
            List<DisputeType> types = s.reference().load().activeTypes();
            cli.out().print(print(cli, format, List.of(m.get("cli.ref.name")), types.stream().map(t -> List.of(t.name())).toList(),
                    List.of("name"), types.stream().map(t -> t.id().toString()).toList()));
            return Cli.OK;
        }

        @Command(name = "list", mixinStandardHelpOptions = true, description = "列出纠纷类型 / list the dispute types in use")
        static final class ListTypes extends LedgerCommand {
            @Option(names = "--format", defaultValue = "table", description = "table | csv | json")
            Format format;

            @Override
            int run(Cli cli, Services s) {
                Types all = new Types();
                all.format = format;
                return all.run(cli, s);
            }
        }
    }

    @Command(name = "periods", mixinStandardHelpOptions = true, description = "敏感时期 / sensitive periods",
            subcommands = {Periods.ListPeriods.class, Periods.Add.class})
    static final class Periods extends GroupCommand {
        @Command(name = "list", mixinStandardHelpOptions = true, description = "列出敏感时期 / list them")
        static final class ListPeriods extends LedgerCommand {
            @Option(names = "--format", defaultValue = "table", description = "table | csv | json")
            Format format;

            @Override
            int run(Cli cli, Services s) {
                Messages m = cli.messages();
                List<SensitivePeriod> all = s.screening().sensitivePeriods();
                cli.out().print(print(cli, format, List.of(m.get("cli.ref.name"), m.get("cli.ref.from"), m.get("cli.ref.to"),
                        m.get("cli.ref.roundsPerDay")), all.stream().map(p -> List.of(p.name(), p.start().toString(), p.end().toString(),
                        String.valueOf(p.roundsPerDay()))).toList(), List.of("name", "from", "to", "roundsPerDay"),
                        all.stream().map(p -> p.id().toString()).toList()));
                return Cli.OK;
            }
        }

        @Command(name = "add", mixinStandardHelpOptions = true, description = "添加敏感时期 / add a sensitive period")
        static final class Add extends LedgerCommand {
            @Option(names = "--name", required = true, description = "名称，如 春节 / name")
            String name;

            @Option(names = "--from", required = true, description = "开始日期 / first day")
            LocalDate from;

            @Option(names = "--to", required = true, description = "结束日期 / last day")
            LocalDate to;

            @Option(names = "--rounds-per-day", defaultValue = "1", description = "每天排查次数 / rounds per day (1–10)")
            int roundsPerDay;

            @Override
            int run(Cli cli, Services s) {
                SensitivePeriod p = s.screening().saveSensitivePeriod(new SensitivePeriod(null, name, from, to, roundsPerDay));
                cli.out().println(cli.messages().get("cli.ref.added", p.name()));
                return Cli.OK;
            }
        }
    }

    @Command(name = "settings", mixinStandardHelpOptions = true,
            description = {"查看或修改设置 / show or change the settings:", "settings get [--format json]",
                "settings set --key K --value V   K: township | userName | rounding (HALF_UP|TRUNCATE) | roundsPerWeekVillage |",
                "    roundsPerWeekCommunity | mediationDays | leaderMonths | leaderMaxExtensionDays | idleMinutes"},
            subcommands = {Settings.Get.class, Settings.Set.class})
    static final class Settings extends GroupCommand {
        static Map<String, Object> values(Services s) {
            SettingsService st = s.settings();
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("township", st.township());
            o.put("userName", st.userName());
            o.put("rounding", st.rounding().name());
            o.put("roundsPerWeekVillage", st.roundsPerWeek(UnitKind.VILLAGE));
            o.put("roundsPerWeekCommunity", st.roundsPerWeek(UnitKind.COMMUNITY));
            o.put("mediationDays", st.mediationDays());
            o.put("leaderMonths", st.leaderMonths());
            o.put("leaderMaxExtensionDays", st.leaderMaxExtensionDays());
            o.put("backupKeepDaily", st.backupKeepDaily());
            o.put("backupKeepWeekly", st.backupKeepWeekly());
            o.put("backupSecondFolder", st.backupSecondFolder().orElse(""));
            o.put("minFreeMb", st.minFreeMb());
            o.put("idleMinutes", st.idleMinutes());
            return o;
        }

        @Command(name = "get", mixinStandardHelpOptions = true, description = "显示设置 / show the settings")
        static final class Get extends LedgerCommand {
            @Option(names = "--format", defaultValue = "table", description = "table | json")
            Format format;

            @Override
            int run(Cli cli, Services s) {
                Map<String, Object> o = values(s);
                if (format == Format.json) {
                    cli.out().print(Json.write(o));
                } else {
                    cli.out().print(Table.render(List.of("key", "value"),
                            o.entrySet().stream().map(e -> List.of(e.getKey(), String.valueOf(e.getValue()))).toList()));
                }
                return Cli.OK;
            }
        }

        @Command(name = "set", mixinStandardHelpOptions = true, description = "修改一项设置 / change one setting")
        static final class Set extends LedgerCommand {
            @Option(names = "--key", required = true, description = "township | userName | rounding | roundsPerWeekVillage | "
                    + "roundsPerWeekCommunity | mediationDays | leaderMonths | leaderMaxExtensionDays | idleMinutes")
            String key;

            @Option(names = "--value", required = true, description = "新的值 / the new value")
            String value;

            @Override
            int run(Cli cli, Services s) {
                Messages m = cli.messages();
                SettingsService st = s.settings();
                String v = value.strip();
                switch (key) {
                    case "township" -> st.setTownship(requireText(cli, v));
                    case "userName" -> st.setUserName(requireText(cli, v));
                    case "rounding" -> st.setRounding(enumOf(cli, Rounding.class, v, "--value"));
                    case "roundsPerWeekVillage" -> st.setRoundsPerWeek(UnitKind.VILLAGE, number(cli, v));
                    case "roundsPerWeekCommunity" -> st.setRoundsPerWeek(UnitKind.COMMUNITY, number(cli, v));
                    case "mediationDays" -> st.setMediationDays(number(cli, v));
                    case "leaderMonths" -> st.setLeaderTerms(number(cli, v), st.leaderMaxExtensionDays());
                    case "leaderMaxExtensionDays" -> st.setLeaderTerms(st.leaderMonths(), number(cli, v));
                    case "idleMinutes" -> st.setIdleMinutes(number(cli, v));
                    default -> throw new UserInputException(m.get("cli.settings.unknownKey", key), Cli.BAD_ARGUMENTS);
                }
                cli.out().println(m.get("cli.settings.saved", key, values(s).get(key)));
                return Cli.OK;
            }

            private static String requireText(Cli cli, String v) {
                if (v.isEmpty()) {
                    throw new UserInputException(cli.messages().get("cli.settings.empty"), Cli.BAD_ARGUMENTS);
                }
                return v;
            }

            private static int number(Cli cli, String v) {
                if (!v.matches("\\d{1,6}")) {
                    throw new UserInputException(cli.messages().get("cli.settings.badNumber", v), Cli.BAD_ARGUMENTS);
                }
                return Integer.parseInt(v);
            }
        }
    }
}
