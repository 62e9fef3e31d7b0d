package org.mediationledger.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mediationledger.model.AuditCheck;
import org.mediationledger.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `audit verify`: the sealed history checked from its first entry to its head. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "历史记录 / the history of changes",
        subcommands = {AuditCommand.Verify.class, AuditCommand.ListEntries.class})
final class AuditCommand extends GroupCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"核对历史记录：每一条是否与写入时封存的相同、前后相接、与文件外记下的链首一致；完整返回 0，否则指出第一处并返回 1。",
                "Check the history: each entry as sealed, each following the one before, agreeing with the head kept outside"
                    + " the file; exit 0 when whole, else the first place it breaks and exit 1."})
    static final class Verify extends LedgerCommand {
        @Option(names = "--format", defaultValue = "table", description = "table | json (default: table)")
        DataCommands.Format format;

        @Override
        int run(Cli cli, Services s) {
            AuditCheck c = s.backups().verifyHistory();
            if (format == DataCommands.Format.json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("whole", c.whole());
                o.put("finding", c.finding().name());
                o.put("entries", c.entries());
                if (c.at() != null) {
                    Map<String, Object> at = new LinkedHashMap<>();
                    at.put("seq", c.at().seq());
                    at.put("at", c.at().at().toString());
                    at.put("table", c.at().tableName());
                    at.put("action", c.at().action());
                    at.put("user", c.at().userName());
                    o.put("entry", at);
                }
                o.put("message", c.sentence(cli.messages()));
                cli.out().print(Json.write(o));
            } else {
                (c.whole() ? cli.out() : cli.err()).println(c.sentence(cli.messages()));
            }
            return c.whole() ? Cli.OK : Cli.INVALID_DATA;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"查看历史记录（最新的在前）：可按人员、案件编号、操作类型、日期筛选。",
                "The history, newest first: by person, case number, kind of change, days."})
    static final class ListEntries extends LedgerCommand {
        @Option(names = "--person", paramLabel = "NAME", description = "谁做的 / who")
        String person;

        @Option(names = "--case", paramLabel = "N", description = "案件编号（全称或 2026-13） / case number")
        String caseNumber;

        @Option(names = "--action", paramLabel = "A", description = "INSERT | UPDATE | DELETE | RESTORE | PRINT_FULL | SHOW_FULL | LOGIN | LOCK …")
        String action;

        @Option(names = "--from", paramLabel = "D", description = "起始日期 / from")
        java.time.LocalDate from;

        @Option(names = "--to", paramLabel = "D", description = "截止日期 / to")
        java.time.LocalDate to;

        @Option(names = "--limit", defaultValue = "500", description = "最多几条（默认 500） / at most (default 500)")
        int limit;

        @Option(names = "--format", defaultValue = "table", description = "table | csv | json")
        Format format;

        @Override
        int run(Cli cli, Services s) {
            var m = cli.messages();
            var entries = s.history().search(new org.mediationledger.model.HistoryFilter(person, caseNumber, action, from, to, limit));
            // JSON keeps the stable English names a script checks; a table or CSV is for people: in their language
            boolean forPeople = format != Format.json;
            java.util.List<java.util.List<String>> body = entries.stream().map(e -> java.util.List.of(
                    e.at().withNano(0).toString().replace('T', ' '), e.userName(),
                    forPeople ? org.mediationledger.model.HistoryText.table(m, e) : e.tableName(),
                    forPeople ? org.mediationledger.model.HistoryText.what(m, e) : e.action(),
                    forPeople ? org.mediationledger.model.HistoryText.changes(m, e)
                            : String.join("; ", e.changes().stream().map(c -> c.field() + ": " + (c.oldValue().isEmpty() ? "" : c.oldValue() + " → ")
                            + c.newValue()).toList()))).toList();
            cli.out().print(Output.render(format, java.util.List.of(m.get("history.col.at"), m.get("history.col.who"),
                    m.get("history.col.table"), m.get("history.col.action"), m.get("history.col.changes")), body,
                    java.util.List.of("at", "user", "table", "action", "changes"), "rowId",
                    entries.stream().map(e -> e.rowId().toString()).toList(), m.get("cli.ref.count", body.size())));
            return Cli.OK;
        }
    }
}
