package org.mediationledger.cli;

import static org.mediationledger.cli.ReferenceCommands.enumOf;
import static org.mediationledger.cli.ReferenceCommands.print;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Rounding;
import org.mediationledger.model.UnitKind;
import org.mediationledger.service.Services;
import org.mediationledger.service.SettingsService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The settings from the command line: `settings get`, `settings set --key K --value V` (fixed English keys). */
final class SettingsCommands {
    private SettingsCommands() {
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
