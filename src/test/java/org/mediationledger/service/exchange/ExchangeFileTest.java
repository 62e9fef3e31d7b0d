package org.mediationledger.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.model.DataFileException;
import org.mediationledger.store.Crypto;
import org.mediationledger.store.Database;

/** The envelope of an exchange file: what it carries, and every way a wrong or damaged one is refused. */
class ExchangeFileTest {
    static final UUID TOWNSHIP = UUID.randomUUID();
    static final ExchangeFile.Node VILLAGE = new ExchangeFile.Node(UUID.randomUUID(), "东山村");
    static final ExchangeFile.Node OFFICE = new ExchangeFile.Node(UUID.randomUUID(), "青山镇司法所");
    static final SecretKey SHARED = Crypto.newDataKey();
    static final byte[] PAYLOAD = "{\"mediation_case\":[{\"id\":\"1\",\"summary\":\"宅基地纠纷\"}]}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private Path written() throws Exception {
        Path f = dir.resolve("东山村-1.mlx");
        ExchangeFile.write(f, new ExchangeFile.Manifest("changes", TOWNSHIP, VILLAGE, OFFICE, Database.NEWEST_SCHEMA, 1,
                "2026-11-29T10:00", Map.of("mediation_case", 1), null), PAYLOAD, SHARED);
        return f;
    }

    private static ExchangeFile.Reader office() {
        return new ExchangeFile.Reader(TOWNSHIP, OFFICE.id(), Database.NEWEST_SCHEMA, id -> id.equals(VILLAGE.id()) ? SHARED : null);
    }

    private static String refusal(Path f, ExchangeFile.Reader r) {
        try {
            ExchangeFile.open(f, r);
        } catch (DataFileException e) {
            // the sentence exists in both languages and names the file
            assertThat(TestData.ZH.get(e.reasonKey(), e.location())).contains(f.getFileName().toString()).doesNotContain("exchange.");
            return e.reasonKey();
        }
        throw new AssertionError("not refused: " + f);
    }

    @Test
    void theReceiverOpensWhatTheSenderWrote() throws Exception {
        Path f = written();
        ExchangeFile.Opened o = ExchangeFile.open(f, office());

        assertThat(o.payload()).isEqualTo(PAYLOAD);
        assertThat(o.manifest().sender()).isEqualTo(VILLAGE);
        assertThat(o.manifest().counts()).containsEntry("mediation_case", 1);
        assertThat(o.manifest().sha256()).isEqualTo(ExchangeFile.sha256(PAYLOAD));
        // the manifest is readable without the key; the payload is not readable at all
        assertThat(ExchangeFile.manifest(f).receiver()).isEqualTo(OFFICE);
        assertThat(new String(Files.readAllBytes(f), StandardCharsets.UTF_8)).contains("东山村").doesNotContain("宅基地纠纷");
        assertThat(dir.toFile().list()).containsExactly(f.getFileName().toString()); // no temporary file left
    }

    @Test
    void aPackageForAnotherTownshipLedgerOrSchemaOrFromAStrangerIsRefused() throws Exception {
        Path f = written();
        assertThat(refusal(f, new ExchangeFile.Reader(UUID.randomUUID(), OFFICE.id(), Database.NEWEST_SCHEMA, id -> SHARED)))
                .isEqualTo("exchange.refused.otherTownship");
        assertThat(refusal(f, new ExchangeFile.Reader(TOWNSHIP, UUID.randomUUID(), Database.NEWEST_SCHEMA, id -> SHARED)))
                .isEqualTo("exchange.refused.otherReceiver");
        assertThat(refusal(f, new ExchangeFile.Reader(TOWNSHIP, OFFICE.id(), Database.NEWEST_SCHEMA + 1, id -> SHARED)))
                .isEqualTo("exchange.refused.otherSchema");
        assertThat(refusal(f, new ExchangeFile.Reader(TOWNSHIP, OFFICE.id(), Database.NEWEST_SCHEMA, id -> null)))
                .isEqualTo("exchange.refused.unknownSender");
        // the right names but another key: someone who is not the village wrote it
        assertThat(refusal(f, new ExchangeFile.Reader(TOWNSHIP, OFFICE.id(), Database.NEWEST_SCHEMA, id -> Crypto.newDataKey())))
                .isEqualTo("exchange.refused.changed");
    }

    @Test
    void everyChangedByteAndEveryCutIsRefused() throws Exception {
        byte[] good = Files.readAllBytes(written());
        Path f = dir.resolve("changed.mlx");
        for (int i = 0; i < good.length; i++) {
            byte[] bad = good.clone();
            bad[i] ^= 0x01;
            Files.write(f, bad);
            assertThatThrownBy(() -> ExchangeFile.open(f, office())).as("byte %d changed", i).isInstanceOf(DataFileException.class);
        }
        for (int cut = 0; cut < good.length; cut += 7) {
            Files.write(f, Arrays.copyOf(good, cut));
            assertThatThrownBy(() -> ExchangeFile.open(f, office())).as("cut at %d", cut).isInstanceOf(DataFileException.class);
        }
        Files.writeString(f, "序号,日期,单位\n1,2026-11-01,东山村\n");
        assertThat(refusal(f, office())).isEqualTo("exchange.refused.notPackage");
        Files.write(f, Arrays.copyOf(good, 40));
        assertThat(refusal(f, office())).isEqualTo("exchange.refused.cutShort");
    }
}
