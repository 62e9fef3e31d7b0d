package org.mediationledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mediationledger.model.DataFileException;
import org.mediationledger.model.Messages;
import org.mediationledger.service.BackupService;
import org.mediationledger.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Keeping the data safe from the command line: backup, restore, check. */
final class DataCommands {
    private DataCommands() {
    }

    enum Format { table, json }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = {"立即备份数据文件（一致的快照，写完后逐行核对）；不带 --out 时写入数据文件旁的 backups 文件夹。",
                "Back up the data file now (a consistent snapshot, read back after writing); without --out into backups/.",
                "--list 列出已有的备份 / lists the backups."})
    static final class Backup extends LedgerCommand {
        @Option(names = "--out", paramLabel = "F.zip", description = "备份文件 / the backup file")
        Path out;

        @Option(names = "--list", description = "列出备份 / list the backups")
        boolean list;

        @Option(names = "--format", defaultValue = "table", description = "table | json (default: table)")
        Format format;

        /** --list reads the backups folder without opening the data file: it works when the file is damaged. */
        @Override
        public Integer call() throws Exception {
            return list ? list(cli()) : super.call();
        }

        private Integer list(Cli cli) {
            Messages m = cli.messages();
            Path folder = cli.file().toAbsolutePath().resolveSibling("backups");
            List<BackupService.Backup> all = BackupService.list(folder);
            if (format == Format.json) {
                cli.out().print(Json.write(all.stream().map(b -> {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("file", b.file().toString());
                    o.put("kind", b.kind().name());
                    o.put("made", b.made().toString());
                    o.put("bytes", b.bytes());
                    o.put("cases", b.cases());
                    o.put("rounds", b.rounds());
                    o.put("findings", b.findings());
                    return o;
                }).toList()));
            } else {
                cli.out().println(m.get("cli.backup.list", folder));
                cli.out().print(Table.render(List.of("file", "kind", "made", "cases"), all.stream().map(b -> List.of(
                        b.file().getFileName().toString(), b.kind().name(), b.made().toString().replace('T', ' '),
                        String.valueOf(b.cases()))).toList()));
            }
            return Cli.OK;
        }

        @Override
        int run(Cli cli, Services s) {
            Messages m = cli.messages();
            BackupService.Backup b = s.backups().backupNow(Optional.ofNullable(out));
            if (format == Format.json) {
                cli.out().print(Json.write(Map.of("file", b.file().toString(), "cases", b.cases(), "rounds", b.rounds(),
                        "findings", b.findings())));
            } else {
                cli.out().println(m.get("cli.backup.done", b.file(), b.cases(), b.rounds(), b.findings()));
            }
            return Cli.OK;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = {"从备份恢复：先核对备份，再把当前文件另存到 backups 文件夹，然后换上备份。数据文件不能正被使用。",
                "Restore a backup: it is checked first, the current file is kept aside in backups/, then replaced."})
    static final class Restore extends BaseCommand {
        @Option(names = "--from", required = true, paramLabel = "F.zip", description = "备份文件 / the backup file")
        Path from;

        @Override
        public Integer call() {
            Cli cli = cli();
            Messages m = cli.messages();
            if (!Files.isRegularFile(from)) {
                throw new UserInputException(m.get("cli.restore.missingBackup", from), Cli.BAD_ARGUMENTS);
            }
            mayRestore(cli, from);
            Map<String, Long> counts = BackupService.restore(cli.file(), from);
            // written into the restored ledger, under the account that restored it (or the settings' name without accounts)
            try (Services s = cli.open()) {
                s.history().recordRestore(from);
            }
            cli.out().println(m.get("cli.restore.done", from, counts.getOrDefault("MEDIATION_CASE", 0L),
                    counts.getOrDefault("SCREENING_ROUND", 0L), counts.getOrDefault("FINDING", 0L)));
            return Cli.OK;
        }
    }

    /**
     * A backup with accounts is put in place only by one of its administrators (--user, the password as for any login):
     * the backup is checked on a private copy and logged into there first — the current file may be the damaged one.
     */
    static void mayRestore(Cli cli, Path from) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("ledger-restore-check");
            Path copy = BackupService.checkedCopy(from, dir);
            try (Services s = cli.openLoggedIn(copy)) {
                s.settings().session().require(org.mediationledger.model.Permission.RESTORE_BACKUP);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            org.slf4j.LoggerFactory.getLogger(DataCommands.class).warn("could not delete {}", dir, e);
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"检查数据文件（只读打开，读出每张表的每一行并计数）；完好返回 0，有问题返回 1。",
                "Check the data file read-only: read every row of every table and count; exit 0 good, 1 damaged."})
    static final class Check extends BaseCommand {
        @Option(names = "--format", defaultValue = "table", description = "table | json (default: table)")
        Format format;

        @Override
        public Integer call() {
            Cli cli = cli();
            Messages m = cli.messages();
            Path file = cli.file();
            try {
                Map<String, Long> counts = BackupService.check(file);
                if (format == Format.json) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("file", file.toString());
                    o.put("sound", true);
                    Map<String, Long> tables = new LinkedHashMap<>();
                    counts.forEach((t, n) -> tables.put(t.toLowerCase(java.util.Locale.ROOT), n));
                    o.put("tables", tables);
                    cli.out().print(Json.write(o));
                } else {
                    cli.out().println(m.get("cli.check.good", file));
                    cli.out().println(m.get("cli.check.counts", counts.getOrDefault("MEDIATION_CASE", 0L),
                            counts.getOrDefault("PARTY", 0L), counts.getOrDefault("SCREENING_ROUND", 0L),
                            counts.getOrDefault("FINDING", 0L), counts.getOrDefault("AUDIT_LOG", 0L),
                            BackupService.schemaVersion(file)));
                }
                return Cli.OK;
            } catch (DataFileException e) {
                if (format == Format.json) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("file", file.toString());
                    o.put("sound", false);
                    o.put("reason", e.reasonKey());
                    o.put("message", m.get(e.reasonKey(), e.location()));
                    cli.out().print(Json.write(o));
                } else {
                    cli.err().println(m.get("cli.check.bad", file, m.get(e.reasonKey(), e.location())));
                }
                return Cli.INVALID_DATA;
            }
        }
    }

    @Command(name = "backup-settings", mixinStandardHelpOptions = true,
            description = {"查看或修改备份与磁盘余量设置（不带选项时只显示）。",
                "Show or change the backup rotation, the second folder and the disk safety margin (no option: show)."})
    static final class Settings extends LedgerCommand {
        @Option(names = "--keep-daily", paramLabel = "N", description = "按天保留的自动备份 / daily backups kept (1–366)")
        Integer keepDaily;

        @Option(names = "--keep-weekly", paramLabel = "N", description = "另按周保留 / weekly backups kept (0–520)")
        Integer keepWeekly;

        @Option(names = "--second-folder", paramLabel = "DIR", description = "同时复制到 / a second folder (\"\" for none)")
        String secondFolder;

        @Option(names = "--min-free-mb", paramLabel = "MB", description = "磁盘安全余量 / disk safety margin in MB")
        Long minFreeMb;

        @Option(names = "--format", defaultValue = "table", description = "table | json (default: table)")
        Format format;

        @Override
        int run(Cli cli, Services s) {
            Messages m = cli.messages();
            var st = s.settings();
            if (keepDaily != null || keepWeekly != null || secondFolder != null || minFreeMb != null) {
                st.setBackupRules(keepDaily != null ? keepDaily : st.backupKeepDaily(),
                        keepWeekly != null ? keepWeekly : st.backupKeepWeekly(),
                        secondFolder != null ? secondFolder : st.backupSecondFolder().orElse(""),
                        minFreeMb != null ? minFreeMb : st.minFreeMb());
            }
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("keepDaily", st.backupKeepDaily());
            o.put("keepWeekly", st.backupKeepWeekly());
            o.put("secondFolder", st.backupSecondFolder().orElse(""));
            o.put("minFreeMb", st.minFreeMb());
            o.put("folder", s.backups().folder().toString());
            if (format == Format.json) {
                cli.out().print(Json.write(o));
            } else {
                cli.out().println(m.get("cli.backupSettings", o.get("keepDaily"), o.get("keepWeekly"),
                        ((String) o.get("secondFolder")).isEmpty() ? "—" : o.get("secondFolder"), o.get("minFreeMb"), o.get("folder")));
            }
            return Cli.OK;
        }
    }
}
