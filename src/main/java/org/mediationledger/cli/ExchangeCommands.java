package org.mediationledger.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mediationledger.service.Services;
import org.mediationledger.service.exchange.ExchangeService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Village ledgers and the files they exchange with the township (issue 17): `node …` and `sync …`. */
final class ExchangeCommands {
    private ExchangeCommands() {
    }

    @Command(name = "node", mixinStandardHelpOptions = true, description = "村台账（离线工作，与乡镇交换数据文件） / village ledgers",
            subcommands = {Node.Create.class, Node.Join.class, Node.ListNodes.class})
    static final class Node extends GroupCommand {
        @Command(name = "create", mixinStandardHelpOptions = true,
                description = {"在乡镇为一个村（居）设立村台账：写出设立文件，并显示一次性的加入码（抄给村里，与文件分开交付）。",
                    "At the township: set up a village ledger for a unit; writes its set-up file and shows the one-time join code."})
        static final class Create extends LedgerCommand {
            @Option(names = "--unit", required = true, paramLabel = "U", description = "村（居）名称 / unit")
            String unit;

            @Option(names = "--out", required = true, paramLabel = "FILE", description = "设立文件 / the set-up file to write")
            Path out;

            @Override
            int run(Cli cli, Services s) throws Exception {
                String code = s.exchange().createNode(unit, out);
                cli.out().println(cli.messages().get("cli.node.created", unit, out));
                cli.out().println(code);
                return Cli.OK;
            }
        }

        @Command(name = "join", mixinStandardHelpOptions = true,
                description = {"在村里的电脑上，用乡镇给的设立文件和加入码建立本村台账（--db 指向新的数据文件，并加 --create）；加入码也可放在 ML_JOIN_CODE。",
                    "On the village PC: make this village's ledger from the set-up file and the join code (a new file: --db … --create);"
                        + " the code may also come from ML_JOIN_CODE."})
        static final class Join extends LedgerCommand {
            @Option(names = "--file", required = true, paramLabel = "FILE", description = "设立文件 / the set-up file")
            Path file;

            @Option(names = "--code", paramLabel = "CODE", description = "加入码 / the join code")
            String code;

            @Override
            void check(Cli cli) {
                if (joinCode() == null) {
                    throw new UserInputException(cli.messages().get("cli.badArguments", "--code"), Cli.BAD_ARGUMENTS);
                }
            }

            private String joinCode() {
                String c = code != null ? code : System.getenv("ML_JOIN_CODE");
                return c == null || c.isBlank() ? null : c;
            }

            @Override
            int run(Cli cli, Services s) {
                ExchangeService.Result r = s.exchange().join(file, joinCode());
                cli.out().println(cli.messages().get("cli.node.joined", r.from(), r.applied(), s.exchange().seriesName()));
                return Cli.OK;
            }
        }

        @Command(name = "list", mixinStandardHelpOptions = true, description = "本台账与交换的各方 / this ledger and its peers")
        static final class ListNodes extends LedgerCommand {
            @Option(names = "--format", defaultValue = "table", description = "table | csv | json")
            Format format;

            @Override
            int run(Cli cli, Services s) {
                var m = cli.messages();
                List<ExchangeService.Peer> all = new java.util.ArrayList<>();
                java.util.Optional<ExchangeService.Peer> me = s.exchange().self();
                me.ifPresent(all::add);
                all.addAll(s.exchange().peers());
                boolean people = format != Format.json;
                UUID self = me.map(ExchangeService.Peer::id).orElse(null);
                List<List<String>> body = all.stream().map(p -> List.of(p.name(),
                        people ? m.get("exchange.kind." + p.kind()) : p.kind(),
                        people ? (p.id().equals(self) ? m.get("exchange.self") : "") : String.valueOf(p.id().equals(self)),
                        p.lastExchange() == null ? "" : p.lastExchange().withNano(0).toString().replace('T', ' '),
                        String.valueOf(p.lastSent()), String.valueOf(p.lastReceived()))).toList();
                cli.out().print(Output.render(format, List.of(m.get("exchange.col.name"), m.get("exchange.col.kind"), m.get("exchange.col.self"),
                        m.get("exchange.col.last"), m.get("exchange.col.sent"), m.get("exchange.col.received")), body,
                        List.of("name", "kind", "self", "lastExchange", "lastSent", "lastReceived"), "id",
                        all.stream().map(p -> p.id().toString()).toList(), m.get("cli.ref.count", body.size())));
                return Cli.OK;
            }
        }
    }

    @Command(name = "sync", mixinStandardHelpOptions = true, description = "与乡镇或村台账交换数据文件 / exchange files",
            subcommands = {Sync.Export.class, Sync.Import.class, Sync.Conflicts.class, Sync.Resolve.class})
    static final class Sync extends GroupCommand {
        @Command(name = "export", mixinStandardHelpOptions = true,
                description = {"写出对方还没有收到的全部变动（乡镇须用 --to 指明哪个村）。", "Write every change the other side has not acknowledged."})
        static final class Export extends LedgerCommand {
            @Option(names = "--to", paramLabel = "NAME", description = "发给谁（村名；村台账可省略） / to whom")
            String to;

            @Option(names = "--out", required = true, paramLabel = "FILE", description = "交换文件 / the file to write")
            Path out;

            @Override
            int run(Cli cli, Services s) throws Exception {
                int rows = s.exchange().export(to, out);
                cli.out().println(cli.messages().get("cli.sync.exported", rows, out));
                return Cli.OK;
            }
        }

        @Command(name = "import", mixinStandardHelpOptions = true,
                description = {"导入对方的交换文件（整份一次完成；已导入过的不再重复）。", "Import the other side's file, all or nothing; twice changes nothing."})
        static final class Import extends LedgerCommand {
            @Parameters(index = "0", paramLabel = "FILE", description = "交换文件 / the file")
            Path file;

            @Option(names = "--format", defaultValue = "table", description = "table | json")
            DataCommands.Format format;

            @Override
            int run(Cli cli, Services s) {
                ExchangeService.Result r = s.exchange().importFile(file);
                if (format == DataCommands.Format.json) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("from", r.from());
                    o.put("sequence", r.sequence());
                    o.put("alreadyImported", r.alreadyImported());
                    o.put("applied", r.applied());
                    o.put("merged", r.merged());
                    o.put("conflicts", r.conflicts());
                    o.put("skipped", r.skipped());
                    cli.out().print(Json.write(o));
                } else {
                    cli.out().println(r.alreadyImported() ? cli.messages().get("cli.sync.already", r.from(), r.sequence())
                            : cli.messages().get("cli.sync.imported", r.from(), r.applied(), r.merged(), r.conflicts(), r.skipped()));
                }
                return Cli.OK;
            }
        }

        @Command(name = "conflicts", mixinStandardHelpOptions = true,
                description = {"两边改了同一处的冲突：两边的值并列，等人选择（--all 含已处理的）。", "Conflicts: both values side by side (--all: resolved ones too)."})
        static final class Conflicts extends LedgerCommand {
            @Option(names = "--all", description = "含已处理的 / resolved ones too")
            boolean all;

            @Option(names = "--format", defaultValue = "table", description = "table | csv | json")
            Format format;

            @Override
            int run(Cli cli, Services s) {
                var m = cli.messages();
                List<org.mediationledger.model.ExchangeConflict> list = s.exchange().conflicts(!all);
                boolean people = format != Format.json;
                List<List<String>> body = list.stream().map(c -> List.of(c.id().toString().substring(0, 8),
                        people ? m.has("audit.table." + c.table()) ? m.get("audit.table." + c.table()) : c.table() : c.table(),
                        c.rowId().toString(), people ? m.fieldLabel(c.fieldPath()) : c.field(),
                        nz(c.mineMasked()), nz(c.theirsMasked()), c.resolution() == null ? "" : c.resolution())).toList();
                cli.out().print(Output.render(format, List.of(m.get("exchange.col.id"), m.get("history.col.table"), m.get("exchange.col.row"),
                        m.get("exchange.col.field"), m.get("exchange.col.mine"), m.get("exchange.col.theirs"), m.get("exchange.col.resolution")),
                        body, List.of("shortId", "table", "rowId", "field", "mine", "theirs", "resolution"), "id",
                        list.stream().map(c -> c.id().toString()).toList(), m.get("cli.ref.count", body.size())));
                return Cli.OK;
            }

            private static String nz(String s) {
                return s == null ? "" : s;
            }
        }

        @Command(name = "resolve", mixinStandardHelpOptions = true,
                description = {"处理一处冲突：--keep mine 保留本台账的值，--keep theirs 采用对方的值；结果随下次交换发给对方。",
                    "Decide a conflict: keep this ledger's value or take the other side's; the choice travels back."})
        static final class Resolve extends LedgerCommand {
            enum Keep { mine, theirs }

            @Parameters(index = "0", paramLabel = "ID", description = "冲突编号（前 8 位即可） / the conflict's id (its first 8 characters do)")
            String id;

            @Option(names = "--keep", required = true, paramLabel = "mine|theirs", description = "mine | theirs")
            Keep keep;

            @Override
            int run(Cli cli, Services s) {
                List<org.mediationledger.model.ExchangeConflict> match = s.exchange().conflicts(true).stream()
                        .filter(c -> c.id().toString().startsWith(id.strip().toLowerCase())).toList();
                if (match.size() != 1) {
                    throw new UserInputException(cli.messages().get("cli.sync.noConflict", id), Cli.INVALID_DATA);
                }
                s.exchange().resolve(match.get(0).id(), keep == Keep.theirs);
                cli.out().println(cli.messages().get("cli.sync.resolved", match.get(0).id().toString().substring(0, 8)));
                return Cli.OK;
            }
        }
    }
}
