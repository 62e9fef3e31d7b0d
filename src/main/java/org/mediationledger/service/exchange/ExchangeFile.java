package org.mediationledger.service.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javax.crypto.SecretKey;
import org.mediationledger.model.DataFileException;
import org.mediationledger.store.Crypto;

/**
 * The envelope of a file that travels between a village PC and the township (issue 17, decision 0012): on a USB
 * stick, through a messaging app, in a shared folder. It is
 * <pre>
 *   "MLX1" | length of the manifest (4 bytes) | manifest (JSON, readable) | AES-256-GCM(payload)
 * </pre>
 * The payload is what the caller gives (the exchange gzips its JSON first). The manifest names the township, the sender and the receiver (node ids and names), the schema version, the
 * package's sequence number, the counts per table and the SHA-256 of the payload; it is bound to the sealed payload as
 * additional data, so changing one byte of either fails to open. The key is the one the two nodes share since the
 * village joined (a random 256-bit key, never derived from a password).
 * <p>
 * Reading refuses, before anything is applied and with a sentence (a DataFileException whose reason key is an
 * "exchange.refused.*" message): a file that is not a package or is cut short; one for another township; one for
 * another ledger; one from a sender this ledger does not know; one from another schema version; one changed on the way.
 */
public final class ExchangeFile {
    static final byte[] MAGIC = "MLX1".getBytes(StandardCharsets.US_ASCII);
    /** A manifest is a few kilobytes; anything claiming more is not one of ours. */
    private static final int MAX_MANIFEST = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExchangeFile() {
    }

    /** Who a package is from or for. */
    public record Node(UUID id, String name) {
    }

    /**
     * What a package says of itself, readable without the key.
     *
     * @param kind     "setup" (a village joins) or "changes" (an exchange)
     * @param sequence the sender's number for this package towards this receiver, from 1
     * @param counts   rows per table in the payload
     */
    public record Manifest(String kind, UUID township, Node sender, Node receiver, int schema, long sequence,
                           String created, Map<String, Integer> counts, String sha256) {
        public Manifest {
            counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        }
    }

    /** Who reads: this ledger's township and node, its schema, and the key it shares with a sender (null: unknown). */
    public record Reader(UUID township, UUID node, int schema, Function<UUID, SecretKey> keyOf) {
    }

    /** A package opened and checked: its manifest and its payload, as the sender wrote it. */
    public record Opened(Manifest manifest, byte[] payload) {
    }

    /**
     * Writes the package to a file next to the target and moves it into place, so a full disk or a power cut leaves
     * either the whole package or none (never half a package that looks like one). The manifest's sha256 is computed
     * here from the payload (what m holds there is ignored).
     */
    public static void write(Path target, Manifest m, byte[] payload, SecretKey key) throws IOException {
        byte[] manifest = manifestBytes(m, sha256(payload));
        byte[] sealed = Crypto.seal(key, payload, aad(manifest));
        ByteBuffer out = ByteBuffer.allocate(MAGIC.length + 4 + manifest.length + sealed.length);
        out.put(MAGIC).putInt(manifest.length).put(manifest).put(sealed);
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".exchange", ".part");
        try {
            Files.write(tmp, out.array());
            try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The manifest alone (no key needed): to show what a file is before importing it, or to refuse it. */
    public static Manifest manifest(Path file) {
        return parse(file, read(file)).manifest;
    }

    /** Opens and checks a package for this reader; refuses it with a sentence otherwise (nothing is applied). */
    public static Opened open(Path file, Reader reader) {
        return open(file, m -> reader);
    }

    /** As open, with the reader chosen from what the manifest says (a set-up file: its township, its key), read once. */
    public static Opened open(Path file, Function<Manifest, Reader> readerFor) {
        byte[] all = read(file);
        Parsed p = parse(file, all);
        Manifest m = p.manifest;
        Reader reader = readerFor.apply(m);
        String where = file.getFileName().toString();
        if (!m.township().equals(reader.township())) {
            throw refused("exchange.refused.otherTownship", where);
        }
        if (!m.receiver().id().equals(reader.node())) {
            throw refused("exchange.refused.otherReceiver", where + "（" + m.receiver().name() + "）");
        }
        if (m.schema() != reader.schema()) {
            throw refused("exchange.refused.otherSchema", where + "（" + m.schema() + " / " + reader.schema() + "）");
        }
        SecretKey key = reader.keyOf().apply(m.sender().id());
        if (key == null) {
            throw refused("exchange.refused.unknownSender", where + "（" + m.sender().name() + "）");
        }
        byte[] payload;
        try {
            payload = Crypto.open(key, Arrays.copyOfRange(all, p.sealedFrom, all.length), aad(p.manifestBytes));
        } catch (IllegalArgumentException e) {
            throw refused("exchange.refused.changed", where);
        }
        if (!sha256(payload).equals(m.sha256())) {
            throw refused("exchange.refused.changed", where);
        }
        return new Opened(m, payload);
    }

    private record Parsed(Manifest manifest, byte[] manifestBytes, int sealedFrom) {
    }

    private static Parsed parse(Path file, byte[] all) {
        String where = file.getFileName().toString();
        if (all.length < MAGIC.length + 4 || !Arrays.equals(Arrays.copyOf(all, MAGIC.length), MAGIC)) {
            throw refused("exchange.refused.notPackage", where);
        }
        int length = ByteBuffer.wrap(all, MAGIC.length, 4).getInt();
        int sealedFrom = MAGIC.length + 4 + length;
        if (length <= 0 || length > MAX_MANIFEST || sealedFrom > all.length) {
            throw refused("exchange.refused.cutShort", where);
        }
        byte[] manifest = Arrays.copyOfRange(all, MAGIC.length + 4, sealedFrom);
        try {
            JsonNode j = JSON.readTree(manifest);
            Map<String, Integer> counts = new LinkedHashMap<>();
            j.path("counts").fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asInt()));
            Manifest m = new Manifest(j.get("kind").asText(), UUID.fromString(j.get("township").asText()),
                    node(j.get("sender")), node(j.get("receiver")), j.get("schema").asInt(), j.get("sequence").asLong(),
                    j.path("created").asText(), counts, j.get("sha256").asText());
            return new Parsed(m, manifest, sealedFrom);
        } catch (IOException | RuntimeException e) {
            throw refused("exchange.refused.changed", where);
        }
    }

    private static Node node(JsonNode j) {
        return new Node(UUID.fromString(j.get("id").asText()), j.path("name").asText());
    }

    private static byte[] manifestBytes(Manifest m, String sha256) {
        ObjectNode j = JSON.createObjectNode();
        j.put("format", 1);
        j.put("kind", m.kind());
        j.put("township", m.township().toString());
        j.putObject("sender").put("id", m.sender().id().toString()).put("name", m.sender().name());
        j.putObject("receiver").put("id", m.receiver().id().toString()).put("name", m.receiver().name());
        j.put("schema", m.schema());
        j.put("sequence", m.sequence());
        j.put("created", m.created());
        ObjectNode counts = j.putObject("counts");
        m.counts().forEach(counts::put);
        j.put("sha256", sha256);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(j);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("manifest", e);
        }
    }

    private static byte[] aad(byte[] manifest) {
        return ByteBuffer.allocate(MAGIC.length + manifest.length).put(MAGIC).put(manifest).array();
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this Java", e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DataFileException("exchange.refused.unreadable", file.toString(), e);
        }
    }

    private static DataFileException refused(String key, String where) {
        return new DataFileException(key, where, null);
    }
}
