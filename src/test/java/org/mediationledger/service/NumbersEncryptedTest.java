package org.mediationledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;
import org.mediationledger.model.AccessRefused;
import org.mediationledger.model.AccountRole;
import org.mediationledger.model.CaseDraft;
import org.mediationledger.model.CaseFilter;
import org.mediationledger.model.Gender;
import org.mediationledger.model.IdNumber;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.Party;
import org.mediationledger.model.PartyRole;
import org.mediationledger.store.FieldCipher;

/**
 * Citizens' numbers encrypted at rest, on the real file: a ledger with numbers turns to encryption in one transaction
 * with a backup first; afterwards neither the file, nor a backup, nor the log holds a number in clear; the exact ID
 * number still finds its case; every account's password, and the recovery key, opens the numbers — nothing else does.
 */
class NumbersEncryptedTest {
    @TempDir
    Path dir;

    private static final char[] ADMIN_PW = "admin-pass-1".toCharArray();
    // numbers no other test uses, so that the shared test log proves something
    private static final String ID = id("44030119640229", "37");
    private static final String PHONE = "13987650421";
    private static final String ADDRESS = "青山镇东山村柿子沟七号院";

    private static String id(String born, String seq) {
        String first17 = born + seq + "2"; // an even 17th digit: a woman
        return first17 + IdNumber.checkDigit(first17);
    }

    @Test
    void anExistingLedgerIsEncryptedInPlaceWithABackupFirstAndReadsTheSameAfterwards() throws Exception {
        Path db;
        Map<String, String> before;
        String someId;
        try (Services s = TestData.withDemo(dir)) {
            db = s.databaseFile();
            before = numbers(s);
            someId = before.values().stream().filter(v -> v.matches("\\d{17}[\\dX]")).findFirst().orElseThrow();
            assertThat(s.accounts().encrypted()).isFalse();
        }
        assertThat(contains(db, someId)).as("the test can see a number in clear").isTrue();
        try (Services s = Composition.open(db, TestData.ZH, TestData.CLOCK, false)) {
            s.accounts().createFirstAdmin("王所长", ADMIN_PW);
            assertThat(s.accounts().encrypted()).isTrue();
            assertThat(s.accounts().takeRecoveryKey()).get().asString().matches("([0-9A-Z]{4}-){7}[0-9A-Z]{4}");
            assertThat(s.accounts().takeRecoveryKey()).as("shown once").isEmpty();
            assertThat(numbers(s)).isEqualTo(before);
            assertThat(s.cases().history(s.cases().search(CaseFilter.all(), 0, 1).rows().get(0).id())).isNotEmpty();
        }
        List<Path> backups;
        try (Stream<Path> f = Files.list(db.resolveSibling("backups"))) {
            backups = f.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
        }
        Path first = backups.stream().filter(p -> p.getFileName().toString().contains("-before-encryption-")).findFirst().orElseThrow();
        assertThat(zipContains(first, someId)).as("the backup before sealing is the way back, with the numbers as they were").isTrue();
        for (Path b : backups) {
            if (b != first) {
                assertThat(zipContains(b, someId)).as(b.toString()).isFalse();
            }
        }
        assertThat(contains(db, someId)).isFalse();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dbBase(db) + ";IFEXISTS=TRUE", "sa", "");
             ResultSet r = c.createStatement().executeQuery("select id_number, id_number_hash from party where id_number is not null")) {
            int rows = 0;
            while (r.next()) {
                assertThat(r.getString(1)).startsWith(FieldCipher.PREFIX);
                assertThat(r.getString(2)).isNotBlank();
                rows++;
            }
            assertThat(rows).isPositive();
        }
        try (Services s = Composition.open(db, TestData.ZH, TestData.CLOCK, false)) {
            s.accounts().login("王所长", ADMIN_PW);
            assertThat(numbers(s)).isEqualTo(before);
            assertThat(s.cases().history(UUID.randomUUID())).isEmpty();
            assertThat(s.backups().verifyHistory().whole()).isTrue();
        }
    }

    @Test
    void aSealedNumberChangedOutsideTheProgramGivesASentenceNotAnUnexpectedError() throws Exception {
        Path db;
        try (Services s = TestData.withDemo(dir)) {
            db = s.databaseFile();
            s.accounts().createFirstAdmin("王所长", ADMIN_PW);
        }
        // one sealed ID number changed by a tool outside the program: still "e1:" and Base64, but not what was sealed
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dbBase(db) + ";IFEXISTS=TRUE", "sa", "");
             ResultSet r = c.createStatement().executeQuery("select id, id_number from party where id_number is not null limit 1")) {
            assertThat(r.next()).isTrue();
            char[] v = r.getString(2).toCharArray();
            int at = v.length / 2;
            v[at] = v[at] == 'A' ? 'B' : 'A';
            try (var u = c.prepareStatement("update party set id_number = ? where id = ?")) {
                u.setString(1, new String(v));
                u.setObject(2, r.getObject(1));
                assertThat(u.executeUpdate()).isOne();
            }
        }
        try (Services s = Composition.open(db, TestData.ZH, TestData.CLOCK, false)) {
            s.accounts().login("王所长", ADMIN_PW);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> numbers(s))
                    .isInstanceOfSatisfying(org.mediationledger.model.DataFileException.class, e -> {
                        assertThat(e.reasonKey()).isEqualTo("db.error.sealedChanged");
                        assertThat(TestData.ZH.get(e.reasonKey(), e.location())).contains("被程序以外的方式改动过", "从备份恢复");
                    });
        }
    }

    @Test
    void aNumberRegisteredLaterIsInNoFileBackupOrLogAndItsExactIdNumberStillFindsTheCase() throws Exception {
        Path db;
        UUID caseId;
        try (Services s = TestData.open(dir)) {
            db = s.databaseFile();
            s.demo().load();
            s.accounts().createFirstAdmin("王所长", ADMIN_PW);
            caseId = s.cases().register(draftWith(s)).id();
            s.backups().backupNow(java.util.Optional.empty());
        }
        assertThat(contains(db, ID)).isFalse();
        assertThat(contains(db, PHONE)).isFalse();
        assertThat(contains(db, "柿子沟")).isFalse();
        try (Stream<Path> f = Files.list(db.resolveSibling("backups"))) {
            for (Path b : f.filter(p -> p.toString().endsWith(".zip")).toList()) {
                assertThat(zipContains(b, ID)).as(b.toString()).isFalse();
                assertThat(zipContains(b, PHONE)).as(b.toString()).isFalse();
            }
        }
        Path log = Path.of("target/test-ledger.log");
        if (Files.exists(log)) {
            assertThat(Files.readString(log, StandardCharsets.UTF_8)).doesNotContain(ID).doesNotContain(PHONE);
        }
        try (Services s = Composition.open(db, TestData.ZH, TestData.CLOCK, false)) {
            // without a login nothing opens a number
            assertThatThrownBy(() -> s.cases().get(caseId)).isInstanceOf(AccessRefused.class);
            s.accounts().login("王所长", ADMIN_PW);
            MediationCase c = s.cases().get(caseId).orElseThrow();
            assertThat(c.draft().parties().get(0).idNumber()).isEqualTo(ID);
            assertThat(c.draft().parties().get(0).phone()).isEqualTo(PHONE);
            assertThat(c.draft().parties().get(0).address()).isEqualTo(ADDRESS);
            assertThat(s.cases().search(new CaseFilter(null, null, null, null, null, null, ID), 0, 10).rows())
                    .extracting(x -> x.id()).containsExactly(caseId);
            assertThat(s.cases().search(new CaseFilter(null, null, null, null, null, null, ID.toLowerCase()), 0, 10).rows())
                    .extracting(x -> x.id()).containsExactly(caseId);
            // an unchanged number is not written again (a fresh nonce would make every save look like a change)
            int version = c.version();
            MediationCase same = s.cases().update(caseId, version, c.draft());
            assertThat(s.cases().history(caseId).stream().filter(h -> h.action().equals("UPDATE")).toList()).isEmpty();
            assertThat(same.draft().parties().get(0).idNumber()).isEqualTo(ID);
        }
    }

    @Test
    void everyAccountsPasswordAndTheRecoveryKeyOpenTheNumbersAndNothingElseDoes() {
        Path db;
        UUID caseId;
        String recovery;
        try (Services s = TestData.open(dir)) {
            db = s.databaseFile();
            s.demo().load();
            s.accounts().createFirstAdmin("王所长", ADMIN_PW);
            recovery = s.accounts().takeRecoveryKey().orElseThrow();
            caseId = s.cases().register(draftWith(s)).id();
            s.accounts().add("陈书记", AccountRole.CLERK, null, null, "temp-pass-1".toCharArray());
            s.accounts().add("李调解", AccountRole.MEDIATOR, null, null, "temp-pass-2".toCharArray());
        }
        try (Services s = Composition.open(db, TestData.ZH, TestData.CLOCK, false)) {
            s.accounts().login("陈书记", "temp-pass-1".toCharArray());
            s.accounts().changePassword("temp-pass-1".toCharArray(), "own-pass-22".toCharArray());
            assertThat(idOf(s, caseId)).isEqualTo(ID);
            s.accounts().session().logout();
            assertThatThrownBy(() -> s.cases().get(caseId)).isInstanceOf(AccessRefused.class);
            assertThatThrownBy(() -> s.accounts().login("陈书记", "temp-pass-1".toCharArray())).isInstanceOf(AccessRefused.class);
            s.accounts().login("陈书记", "own-pass-22".toCharArray());
            assertThat(idOf(s, caseId)).isEqualTo(ID);
            // an administrator's reset gives the account the key under the new password
            s.accounts().login("王所长", ADMIN_PW);
            s.accounts().resetPassword("李调解", "reset-pass-3".toCharArray());
            s.accounts().login("李调解", "reset-pass-3".toCharArray());
            assertThat(idOf(s, caseId)).isEqualTo(ID);
        }
        // the only administrator forgot the password: a wrong recovery key is refused, the printed one sets a new password
        try (Services s = Composition.open(db, TestData.ZH, TestData.CLOCK, false)) {
            assertThatThrownBy(() -> s.accounts().recover("王所长", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", "new-pass-44".toCharArray()))
                    .isInstanceOf(AccessRefused.class).extracting(e -> ((AccessRefused) e).messageKey()).isEqualTo("access.wrongRecoveryKey");
            assertThatThrownBy(() -> s.accounts().recover("陈书记", recovery, "new-pass-44".toCharArray()))
                    .hasMessageContaining("access.noSuchAdmin");
            s.accounts().recover("王所长", " " + recovery.toLowerCase().replace("-", " ") + " ", "new-pass-44".toCharArray());
            assertThat(idOf(s, caseId)).isEqualTo(ID);
            assertThat(s.history().search(org.mediationledger.model.HistoryFilter.all()))
                    .anySatisfy(e -> assertThat(e.changes()).anySatisfy(ch -> assertThat(ch.newValue()).isEqualTo("recovered")));
        }
        try (Services s = Composition.open(db, TestData.ZH, TestData.CLOCK, false)) {
            assertThatThrownBy(() -> s.accounts().login("王所长", ADMIN_PW)).isInstanceOf(AccessRefused.class);
            s.accounts().login("王所长", "new-pass-44".toCharArray());
            assertThat(idOf(s, caseId)).isEqualTo(ID);
            String newKey = s.accounts().newRecoveryKey();
            assertThat(newKey).isNotEqualTo(recovery);
            s.accounts().session().logout();
            assertThatThrownBy(() -> s.accounts().recover("王所长", recovery, "new-pass-55".toCharArray())).isInstanceOf(AccessRefused.class);
            s.accounts().recover("王所长", newKey, "new-pass-55".toCharArray());
            assertThat(idOf(s, caseId)).isEqualTo(ID);
        }
    }

    @Test
    void sealingIsOneTransactionAndAFailureMidwayLeavesEveryNumberAsItWas() throws Exception {
        Path db;
        Map<String, String> before;
        try (Services s = TestData.withDemo(dir)) {
            db = s.databaseFile();
            before = numbers(s);
        }
        // a rule the sealed value breaks, on a table sealed after the parties: the work fails midway
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dbBase(db) + ";IFEXISTS=TRUE", "sa", "")) {
            assertThat(c.createStatement().executeUpdate("update finding_party set phone = '13900000000'")).isPositive();
            c.createStatement().execute("alter table finding_party add constraint ck_test_short check (length(phone) < 20)");
        }
        try (Services s = Composition.open(db, TestData.ZH, TestData.CLOCK, false)) {
            assertThatThrownBy(() -> s.accounts().createFirstAdmin("王所长", ADMIN_PW)).isNotNull();
            assertThat(s.accounts().encrypted()).isFalse();
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dbBase(db) + ";IFEXISTS=TRUE", "sa", "")) {
            try (ResultSet r = c.createStatement().executeQuery("select count(*) from party where id_number like 'e1:%' or phone like 'e1:%'")) {
                r.next();
                assertThat(r.getInt(1)).isZero();
            }
            try (ResultSet r = c.createStatement().executeQuery("select count(*) from data_key")) {
                r.next();
                assertThat(r.getInt(1)).isZero();
            }
            c.createStatement().execute("alter table finding_party drop constraint ck_test_short");
        }
        try (Services s = Composition.open(db, TestData.ZH, TestData.CLOCK, false)) {
            // the administrator was saved before the sealing failed: the next login of that administrator seals
            s.accounts().login("王所长", ADMIN_PW);
            assertThat(s.accounts().encrypted()).isTrue();
            assertThat(s.accounts().takeRecoveryKey()).isPresent();
            assertThat(numbers(s)).isEqualTo(before);
        }
    }

    private static CaseDraft draftWith(Services s) {
        CaseDraft d = TestData.draft(s.reference().load(), "邻里纠纷", "甲", "乙");
        List<Party> ps = new ArrayList<>(d.parties());
        Party p = ps.get(0);
        ps.set(0, new Party(null, PartyRole.APPLICANT, "赵柿子", Gender.FEMALE, p.ethnicity(), LocalDate.of(1964, 2, 29), null,
                p.occupation(), PHONE, ADDRESS, ID));
        return d.withParties(ps);
    }

    private static String idOf(Services s, UUID caseId) {
        return s.cases().get(caseId).orElseThrow().draft().parties().get(0).idNumber();
    }

    /** Every party's ID number, phone and address, by case and party (what must read the same before and after). */
    private static Map<String, String> numbers(Services s) {
        Map<String, String> out = new TreeMap<>();
        for (var c : s.cases().search(CaseFilter.all(), 0, 1000).rows()) {
            for (Party p : s.cases().get(c.id()).orElseThrow().draft().parties()) {
                out.put(p.id() + ".id", String.valueOf(p.idNumber()));
                out.put(p.id() + ".phone", String.valueOf(p.phone()));
                out.put(p.id() + ".address", String.valueOf(p.address()));
            }
        }
        for (var d : s.reception().days(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1))) {
            d.matters().forEach(m -> out.put(m.id() + ".visitor", String.valueOf(m.visitorPhone())));
        }
        return out;
    }

    private static Path dbBase(Path db) {
        return db.resolveSibling(db.getFileName().toString().replace(".mv.db", ""));
    }

    private static boolean contains(Path file, String text) throws IOException {
        return indexOf(Files.readAllBytes(file), text.getBytes(StandardCharsets.UTF_8)) >= 0;
    }

    private static boolean zipContains(Path zip, String text) throws IOException {
        try (ZipInputStream z = new ZipInputStream(Files.newInputStream(zip))) {
            while (z.getNextEntry() != null) {
                if (indexOf(readAll(z), text.getBytes(StandardCharsets.UTF_8)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
