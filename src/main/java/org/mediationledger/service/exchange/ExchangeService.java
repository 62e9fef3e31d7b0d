package org.mediationledger.service.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.mediationledger.model.DataFileException;
import org.mediationledger.model.Permission;
import org.mediationledger.model.Problem;
import org.mediationledger.model.Unit;
import org.mediationledger.model.ValidationException;
import org.mediationledger.service.ReferenceService;
import org.mediationledger.service.SettingsService;
import org.mediationledger.store.Crypto;
import org.mediationledger.store.Database;
import org.mediationledger.store.ExchangeRepository;
import org.mediationledger.store.ExchangeRepository.Node;
import org.mediationledger.store.ExchangeRepository.Row;

/**
 * Village ledgers that work offline and exchange files with the township (issue 17, decision 0012).
 * <ol>
 * <li>At the township, {@link #createNode} writes a village's set-up file (the reference data and the village's cases,
 * paths and rounds) and gives a one-time join code for the clerk to hand over on paper;</li>
 * <li>on the village PC, {@link #join} makes a new ledger from it: numbered in the village committee's own series;</li>
 * <li>either side {@link #export}s what the other has not acknowledged, and {@link #importFile}s what it receives, in
 * one transaction: rows already applied are skipped, one side's changes applied, different fields merged, the same
 * field changed on both sides (or an edit against a delete) kept as a conflict for a person to {@link #resolve}.</li>
 * </ol>
 */
public final class ExchangeService {
    public static final String TOWNSHIP = "TOWNSHIP";
    public static final String VILLAGE = "VILLAGE";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExchangeRepository repo;
    private final SettingsService settings;
    private final ReferenceService reference;
    private final Clock clock;

    public ExchangeService(ExchangeRepository repo, SettingsService settings, ReferenceService reference, Clock clock) {
        this.repo = repo;
        this.settings = settings;
        this.reference = reference;
        this.clock = clock;
    }

    /** What one import did. */
    public record Result(String from, long sequence, boolean alreadyImported, int applied, int merged, int conflicts, int skipped) {
    }

    /** A village ledger set up from here, and when it last exchanged. */
    public record Peer(UUID id, String kind, String name, UUID unitId, LocalDateTime lastExchange, long lastSent, long lastReceived) {
    }

    /** The committee series this ledger numbers its cases in (a village ledger: its village, once joined). */
    public String seriesName() {
        return settings.series().name();
    }

    /** This ledger's name in the exchange: "青山镇司法所" or the village's name. */
    public java.util.Optional<Peer> self() {
        return repo.self().map(ExchangeService::peer);
    }

    public List<Peer> peers() {
        return repo.nodes().stream().filter(n -> !n.self()).map(ExchangeService::peer).toList();
    }

    private static Peer peer(Node n) {
        return new Peer(n.id(), n.kind(), n.name(), n.unitId(), n.lastExchange(), n.lastSent(), n.lastReceived());
    }

    /**
     * Every row that travels for this unit (and all reference data), as text by "table/id": to compare two ledgers
     * after an exchange (the tests do; a county's script may).
     */
    public Map<String, Map<String, String>> snapshot(UUID unit) {
        return repo.snapshot(unit);
    }

    public List<org.mediationledger.model.ExchangeConflict> conflicts(boolean openOnly) {
        settings.session().require(Permission.EXCHANGE_DATA);
        return repo.conflicts(openOnly);
    }

    public void resolve(UUID conflictId, boolean takeTheirs) {
        settings.session().require(Permission.EXCHANGE_DATA);
        repo.resolve(conflictId, takeTheirs, settings.userName());
    }

    /**
     * At the township: sets up a village ledger for this unit and writes its set-up file; returns the join code (eight
     * groups of four letters and digits) without which the file cannot be opened.
     */
    public String createNode(String unitName, Path out) {
        settings.session().require(Permission.EXCHANGE_DATA);
        Unit unit = reference.load().units().stream().filter(u -> u.name().equals(unitName.strip())).findFirst()
                .orElseThrow(() -> new ValidationException(List.of(Problem.error("unit", "error.unknownValue", unitName))));
        Node self = repo.self().orElse(null);
        if (self != null && !self.kind().equals(TOWNSHIP)) {
            throw new ValidationException(List.of(Problem.error("exchange", "exchange.onlyTownship")));
        }
        if (repo.nodes().stream().anyMatch(n -> unit.id().equals(n.unitId()))) {
            throw new ValidationException(List.of(Problem.error("unit", "exchange.alreadyNode", unit.name())));
        }
        String code = Crypto.newRecoveryKey();
        SecretKey shared = Crypto.newDataKey();
        UUID villageId = UUID.randomUUID();
        // the file is written inside the transaction: a full disk or a power cut leaves no village recorded without
        // its file (a second try would be refused as "already set up"); the code is shown only once both are there
        repo.inTransaction(tx -> {
            Node me = repo.self().orElse(null);
            if (me == null) {
                me = new Node(UUID.randomUUID(), TOWNSHIP, officeName(), null, true, null, UUID.randomUUID(), 0, 0, null);
                repo.addNode(tx, me);
            }
            repo.addNode(tx, new Node(villageId, VILLAGE, unit.name(), unit.id(), false, Crypto.keyText(shared), me.township(), 0, 0, null));
            List<Row> rows = repo.changedFor(tx, villageId, unit.id(), 1);
            ObjectNode payload = JSON.createObjectNode();
            payload.put("township", settings.township());
            payload.putObject("village").put("id", villageId.toString()).put("name", unit.name()).put("unit", unit.id().toString());
            payload.putObject("peer").put("id", me.id().toString()).put("name", me.name()).put("key", Crypto.keyText(shared));
            payload.put("ack", 0);
            write(out, manifest("setup", me, new ExchangeFile.Node(villageId, unit.name()), 1, rows), payload,
                    Crypto.keyFromCode(code, salt(me.township())), rows);
            return null;
        });
        return code;
    }

    /**
     * On the village PC, in a new ledger: joins the township with its set-up file and the join code. Refused on a
     * ledger that already holds cases or rounds, or already belongs to an exchange.
     */
    public Result join(Path setupFile, String code) {
        if (repo.self().isPresent()) {
            throw new ValidationException(List.of(Problem.error("exchange", "exchange.alreadyJoined")));
        }
        ExchangeFile.Opened opened;
        try {
            opened = ExchangeFile.open(setupFile, m -> {
                if (!m.kind().equals("setup")) {
                    throw new DataFileException("exchange.refused.notSetup", setupFile.getFileName().toString(), null);
                }
                SecretKey key = Crypto.keyFromCode(code, salt(m.township()));
                return new ExchangeFile.Reader(m.township(), m.receiver().id(), Database.NEWEST_SCHEMA,
                        id -> id.equals(m.sender().id()) ? key : null);
            });
        } catch (DataFileException e) {
            // a set-up file that opens with no key but this code: most often the code was mistyped
            throw e.reasonKey().equals("exchange.refused.changed")
                    ? new DataFileException("exchange.refused.wrongCode", setupFile.getFileName().toString(), e) : e;
        }
        ExchangeFile.Manifest m = opened.manifest();
        JsonNode p = read(opened.payload(), setupFile);
        UUID unitId = UUID.fromString(p.path("village").path("unit").asText());
        String unitName = p.path("village").path("name").asText();
        ExchangeRepository.Tally tally = new ExchangeRepository.Tally();
        UUID township = m.township();
        repo.inTransaction(tx -> {
            if (repo.holdsWork(tx)) {
                throw new ValidationException(List.of(Problem.error("exchange", "exchange.notEmpty")));
            }
            // the new ledger's own default list of dispute types gives way to the township's
            tx.deleteFrom(org.mediationledger.store.generated.Tables.DISPUTE_TYPE).execute();
            tx.deleteFrom(org.mediationledger.store.generated.Tables.DISPUTE_TYPE_LIST).execute();
            JsonNode peer = p.path("peer");
            UUID peerId = UUID.fromString(peer.path("id").asText());
            repo.addNode(tx, new Node(peerId, TOWNSHIP, peer.path("name").asText(), null, false, peer.path("key").asText(), township, 0, 0, null));
            repo.applyAll(tx, peerId, peer.path("name").asText(), rows(p), tally);
            repo.received(tx, peerId, m.sequence());
            repo.addNode(tx, new Node(m.receiver().id(), VILLAGE, unitName, unitId, true, null, township, 0, 0, null));
            // in the same transaction: a ledger that joined always numbers in its committee's series, never the township's
            settings.joined(p.path("township").asText(), unitId, unitName);
            return null;
        });
        return new Result(m.sender().name(), m.sequence(), false, tally.applied, tally.merged, tally.conflicts, tally.skipped);
    }

    /**
     * Writes what the peer has not acknowledged to a file. At the township the peer is named (a village); a village
     * has only the township. Returns the number of rows written.
     */
    public int export(String peerName, Path out) {
        settings.session().require(Permission.EXCHANGE_DATA);
        Node me = repo.self().orElseThrow(() -> new ValidationException(List.of(Problem.error("exchange", "exchange.noNodes"))));
        Node peer = peerNamed(peerName);
        UUID unit = me.kind().equals(TOWNSHIP) ? peer.unitId() : me.unitId();
        long seq = peer.lastSent() + 1;
        Outgoing outgoing = repo.inTransaction(tx -> new Outgoing(repo.changedFor(tx, peer.id(), unit, seq),
                repo.historyFor(tx, peer.id(), unit)));
        List<Row> rows = outgoing.rows();
        ObjectNode payload = JSON.createObjectNode();
        payload.put("ack", peer.lastReceived());
        putHistory(payload, outgoing.history());
        // written after the rows are recorded as sent: a file lost on the way (or not written) only means they travel
        // again in the next one
        write(out, manifest("changes", me, new ExchangeFile.Node(peer.id(), peer.name()), seq, rows), payload, Crypto.keyOf(peer.key()), rows);
        return rows.size();
    }

    /** What one package carries, read in one transaction. */
    private record Outgoing(List<Row> rows, ExchangeRepository.History history) {
    }

    /** Reads a package from a peer and applies it in one transaction (see the class comment); nothing on a refusal. */
    public Result importFile(Path file) {
        settings.session().require(Permission.EXCHANGE_DATA);
        Node me = repo.self().orElseThrow(() -> new ValidationException(List.of(Problem.error("exchange", "exchange.noNodes"))));
        ExchangeFile.Opened opened = ExchangeFile.open(file, new ExchangeFile.Reader(me.township(), me.id(), Database.NEWEST_SCHEMA,
                id -> repo.node(id).filter(n -> !n.self() && n.key() != null).map(n -> Crypto.keyOf(n.key())).orElse(null)));
        ExchangeFile.Manifest m = opened.manifest();
        if (!m.kind().equals("changes")) {
            throw new DataFileException("exchange.refused.notChanges", file.getFileName().toString(), null);
        }
        JsonNode p = read(opened.payload(), file);
        UUID peer = m.sender().id();
        ExchangeRepository.Tally tally = new ExchangeRepository.Tally();
        boolean already = repo.inTransaction(tx -> {
            if (m.sequence() <= repo.lastReceived(tx, peer)) {
                return true; // this package, or a newer one that holds everything in it, was imported before
            }
            repo.acknowledged(tx, peer, p.path("ack").asLong());
            ExchangeRepository.History h = history(p);
            h.entries().forEach(e -> tally.describedByHistory.add(e.rowId()));
            tally.checkDuplicateMatters = me.kind().equals(TOWNSHIP);
            repo.applyAll(tx, peer, m.sender().name(), rows(p), tally);
            repo.applyHistory(tx, peer, m.sender().name(), h);
            repo.received(tx, peer, m.sequence());
            return false;
        });
        int total = p.path("rows").size();
        return already ? new Result(m.sender().name(), m.sequence(), true, 0, 0, 0, total)
                : new Result(m.sender().name(), m.sequence(), false, tally.applied, tally.merged, tally.conflicts, tally.skipped);
    }

    private Node peerNamed(String name) {
        List<Node> peers = repo.nodes().stream().filter(n -> !n.self()).toList();
        if (name == null || name.isBlank()) {
            if (peers.size() == 1) {
                return peers.get(0);
            }
            throw new ValidationException(List.of(Problem.error("peer", "error.required")));
        }
        return peers.stream().filter(n -> n.name().equals(name.strip())).findFirst()
                .orElseThrow(() -> new ValidationException(List.of(Problem.error("peer", "error.unknownValue", name))));
    }

    private String officeName() {
        String t = settings.township();
        return t.isBlank() ? "乡镇" : t;
    }

    private ExchangeFile.Manifest manifest(String kind, Node me, ExchangeFile.Node to, long seq, List<Row> rows) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.merge(r.table(), 1, Integer::sum));
        return new ExchangeFile.Manifest(kind, me.township(), new ExchangeFile.Node(me.id(), me.name()), to, Database.NEWEST_SCHEMA,
                seq, LocalDateTime.now(clock).withNano(0).toString(), counts, null);
    }

    private static byte[] salt(UUID township) {
        return ByteBuffer.allocate(16).putLong(township.getMostSignificantBits()).putLong(township.getLeastSignificantBits()).array();
    }

    private static void putRows(ObjectNode payload, List<Row> rows) {
        ArrayNode a = payload.putArray("rows");
        for (Row r : rows) {
            ObjectNode o = a.addObject();
            o.put("table", r.table());
            o.put("id", r.id().toString());
            o.put("version", r.version());
            ObjectNode v = o.putObject("values");
            r.values().forEach(v::put);
        }
    }

    /** The sender's history entries about the rows (see ExchangeRepository.History), and what it acknowledges of ours. */
    private static void putHistory(ObjectNode payload, ExchangeRepository.History h) {
        payload.put("historyUpTo", h.upTo());
        payload.put("historyReceived", h.received());
        ArrayNode a = payload.putArray("history");
        for (ExchangeRepository.HistoryEntry e : h.entries()) {
            ObjectNode o = a.addObject();
            o.put("id", e.id().toString());
            o.put("user", e.user());
            o.put("table", e.table());
            o.put("rowId", e.rowId().toString());
            o.put("action", e.action());
            o.put("changes", e.changes());
            o.put("at", e.at().toString());
        }
    }

    private static ExchangeRepository.History history(JsonNode p) {
        List<ExchangeRepository.HistoryEntry> entries = new ArrayList<>();
        for (JsonNode o : p.path("history")) {
            entries.add(new ExchangeRepository.HistoryEntry(UUID.fromString(o.path("id").asText()), o.path("user").asText(),
                    o.path("table").asText(), UUID.fromString(o.path("rowId").asText()), o.path("action").asText(),
                    o.path("changes").isNull() ? null : o.path("changes").asText(), LocalDateTime.parse(o.path("at").asText())));
        }
        return new ExchangeRepository.History(entries, p.path("historyUpTo").asLong(), p.path("historyReceived").asLong());
    }

    private static List<Row> rows(JsonNode p) {
        List<Row> out = new ArrayList<>();
        for (JsonNode o : p.path("rows")) {
            Map<String, String> values = new LinkedHashMap<>();
            o.path("values").fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
            out.add(new Row(o.path("table").asText(), UUID.fromString(o.path("id").asText()), o.path("version").asInt(), values));
        }
        return out;
    }

    /**
     * The rows into the payload, the payload as JSON gzip-compressed (a tenth of the size: files go by messaging apps),
     * sealed into the file; a file that cannot be written is one sentence naming it.
     */
    private static void write(Path out, ExchangeFile.Manifest m, ObjectNode payload, SecretKey key, List<Row> rows) {
        putRows(payload, rows);
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(bytes)) {
                JSON.writeValue(z, payload);
            }
            ExchangeFile.write(out, m, bytes.toByteArray(), key);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(ExchangeService.class).warn("exchange file {} not written", out, e);
            throw new ValidationException(List.of(Problem.error("file", "cli.print.cannotWrite", String.valueOf(out))));
        }
    }

    private static JsonNode read(byte[] payload, Path file) {
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(payload))) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new DataFileException("exchange.refused.changed", file.getFileName().toString(), e);
        }
    }
}
