package org.mediationledger.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.mediationledger.model.DisputeType;
import org.mediationledger.model.Messages;
import org.mediationledger.model.SensitivePeriod;
import org.mediationledger.model.Staff;
import org.mediationledger.model.StaffRole;
import org.mediationledger.model.Unit;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A township set up and kept from the command line, as in Settings: staff, dispute types and sensitive periods here,
 * units and grids in {@link UnitCommands}, the settings in {@link SettingsCommands}; and what they share (names and
 * enum labels looked up, retiring, listing). JSON output has fixed English keys whatever the language.
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

    static String print(Cli cli, Format format, List<String> head, List<List<String>> body, List<String> keys,
                                List<String> ids) {
        return Output.render(format, head, body, keys, "id", ids, cli.messages().get("cli.ref.count", body.size()));
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

}
