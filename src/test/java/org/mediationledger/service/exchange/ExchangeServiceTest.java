package org.mediationledger.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;
import org.mediationledger.model.CaseDraft;
import org.mediationledger.model.DataFileException;
import org.mediationledger.model.Measure;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.Period;
import org.mediationledger.model.RiskLevel;
import org.mediationledger.model.Unit;
import org.mediationledger.service.Services;

/**
 * A township and a village ledger on their real H2 files: the village joins with its set-up file, both work, files go
 * each way; rows land on the other side, the same field changed on both sides waits for a person, nothing is lost.
 */
class ExchangeServiceTest {
    @TempDir
    Path dir;
    Services township;
    Services village;
    Unit unit;

    @BeforeEach
    void setUp() throws Exception {
        township = TestData.withDemo(dir.resolve("township"));
        unit = township.reference().load().units().get(0);
        Path setup = dir.resolve("setup.mlx");
        String code = township.exchange().createNode(unit.name(), setup);
        village = Composition.open(dir.resolve("village").resolve("ledger"), TestData.ZH, TestData.CLOCK);
        ExchangeService.Result joined = village.exchange().join(setup, code.toLowerCase().replace("-", " "));
        assertThat(joined.applied()).isPositive();
        assertThat(joined.conflicts()).isZero();
    }

    @AfterEach
    void close() {
        township.close();
        village.close();
    }

    private Map<String, Map<String, String>> rows(Services s) {
        return s.exchange().snapshot(unit.id());
    }


    /** Village to township and back, as many times as it takes for both to have nothing new for the other. */
    private void exchange() throws Exception {
        for (int i = 0; i < 2; i++) {
            Path up = dir.resolve("up-" + System.nanoTime() + ".mlx");
            village.exchange().export(null, up);
            township.exchange().importFile(up);
            Path down = dir.resolve("down-" + System.nanoTime() + ".mlx");
            township.exchange().export(unit.name(), down);
            village.exchange().importFile(down);
        }
    }

    private CaseDraft draft(Services s, String summary) {
        var ref = s.reference().load();
        CaseDraft d = TestData.draft(ref, summary, "王五", "赵六");
        return new CaseDraft(d.source(), d.disputeTypeId(), unit.id(), null, d.summary(), d.requests(), d.peopleInvolved(),
                d.amountInvolved(), d.riskLevel(), d.receivedDate(), null, d.parties());
    }

    @Test
    void theVillageStartsWithTheTownshipsDataForItsUnitAndNumbersInItsOwnSeries() {
        assertThat(rows(village)).isEqualTo(rows(township));
        assertThat(rows(village).keySet()).anyMatch(k -> k.startsWith("mediation_case/")).anyMatch(k -> k.startsWith("party/"))
                .anyMatch(k -> k.startsWith("screening_round/")).anyMatch(k -> k.startsWith("dispute_type/"));
        assertThat(village.reference().load().units()).extracting(Unit::name).contains(unit.name());
        assertThat(village.settings().township()).isEqualTo(township.settings().township());

        MediationCase here = village.cases().register(draft(village, "村里登记的宅基地纠纷"));
        MediationCase there = township.cases().register(draft(township, "镇里登记的相邻权纠纷"));

        assertThat(here.caseNumber()).isEqualTo("（2026）" + unit.name() + "人调字第001号");
        assertThat(there.caseNumber()).startsWith("（2026）" + township.settings().township() + "人调字第");
        assertThat(village.exchange().self().orElseThrow().kind()).isEqualTo(ExchangeService.VILLAGE);
        assertThat(township.exchange().peers()).extracting(ExchangeService.Peer::name).containsExactly(unit.name());
    }

    @Test
    void casesGoBothWaysAndBothLedgersEndAlikeAndCountAlike() throws Exception {
        MediationCase here = village.cases().register(draft(village, "村里登记的宅基地纠纷"));
        MediationCase there = township.cases().register(draft(township, "镇里登记的相邻权纠纷"));

        exchange();

        assertThat(township.cases().get(here.id()).orElseThrow().caseNumber()).isEqualTo(here.caseNumber());
        assertThat(village.cases().get(there.id()).orElseThrow().draft().summary()).isEqualTo("镇里登记的相邻权纠纷");
        assertThat(rows(village)).isEqualTo(rows(township));
        // the figures read the summaries the import recomputed: exact against a recount on both sides
        Period year = Period.year(TestData.TODAY.getYear());
        for (Services s : new Services[] {township, village}) {
            var fast = s.stats().figures(year, null, null);
            var recount = s.stats().recount(year, null);
            for (Measure m : Measure.values()) {
                assertThat(fast.count(m)).as("%s", m).isEqualTo(recount.count(m));
            }
        }
        // the township received the village's case: its number kept, and it counts there
        assertThat(township.stats().figures(year, unit.id(), null).count(Measure.ACCEPTED))
                .isEqualTo(village.stats().figures(year, unit.id(), null).count(Measure.ACCEPTED));
    }

    @Test
    void aLeadersMatterOnAVillageCaseTravelsAndItsSupervisionComesBack() throws Exception {
        MediationCase there = township.cases().register(draft(township, "镇里登记、领导包案的土地纠纷"));
        var leader = township.reference().load().staff().stream()
                .filter(x -> x.role() == org.mediationledger.model.StaffRole.LEADER).findFirst().orElseThrow();
        var assigned = township.leader().assign(new org.mediationledger.model.LeaderAssignment(null, there.id(), null, leader.id(),
                null, "村主任", "司法所、派出所", "三方座谈，分期履行", TestData.TODAY, township.leader().defaultDeadline(TestData.TODAY),
                false, null, null, null, null, null));

        exchange();

        assertThat(village.leader().board(null)).extracting(org.mediationledger.model.LeaderAssignment::id).contains(assigned.id());
        var supervised = village.leader().supervise(assigned.id(), new org.mediationledger.model.SupervisionEntry(null, TestData.TODAY,
                leader.id(), "本周内组织双方见面", "已约定周五见面", TestData.TODAY.plusDays(3)));
        assertThat(supervised.supervision()).hasSize(1);

        exchange();

        var atTownship = township.leader().board(null).stream().filter(a -> a.id().equals(assigned.id())).findFirst().orElseThrow();
        assertThat(atTownship.supervision()).extracting(org.mediationledger.model.SupervisionEntry::instruction)
                .containsExactly("本周内组织双方见面");
        assertThat(rows(village)).isEqualTo(rows(township));
        assertThat(rows(village).keySet()).anyMatch(k -> k.startsWith("leader_assignment/"))
                .anyMatch(k -> k.startsWith("supervision_entry/"));
        // a matter about another village's case stays at the township
        Unit other = township.reference().load().units().get(1);
        CaseDraft d = draft(township, "另一个村的纠纷");
        MediationCase elsewhere = township.cases().register(new CaseDraft(d.source(), d.disputeTypeId(), other.id(), null, d.summary(),
                d.requests(), d.peopleInvolved(), d.amountInvolved(), d.riskLevel(), d.receivedDate(), null, d.parties()));
        var notHers = township.leader().assign(new org.mediationledger.model.LeaderAssignment(null, elsewhere.id(), null, leader.id(),
                unit.id(), "村主任", null, "走访", TestData.TODAY, township.leader().defaultDeadline(TestData.TODAY),
                false, null, null, null, null, null));
        exchange();
        assertThat(village.leader().board(null)).extracting(org.mediationledger.model.LeaderAssignment::id).doesNotContain(notHers.id());
    }

    @Test
    void twoActiveLeaderMattersOnOneCaseAssignedApartWaitForAPersonAtTheTownship() throws Exception {
        MediationCase c = township.cases().register(draft(township, "两边都想包案的土地纠纷"));
        exchange();
        var leaders = township.reference().load().staff().stream()
                .filter(x -> x.role() == org.mediationledger.model.StaffRole.LEADER).toList();
        var atTownship = township.leader().assign(new org.mediationledger.model.LeaderAssignment(null, c.id(), null, leaders.get(0).id(),
                null, "村主任", null, "镇里的方案：三方座谈", TestData.TODAY, township.leader().defaultDeadline(TestData.TODAY),
                false, null, null, null, null, null));
        var atVillage = village.leader().assign(new org.mediationledger.model.LeaderAssignment(null, c.id(), null,
                leaders.get(leaders.size() - 1).id(), null, "村主任", null, "村里的方案：上门走访", TestData.TODAY,
                village.leader().defaultDeadline(TestData.TODAY), false, null, null, null, null, null));

        Path up = dir.resolve("up.mlx");
        village.exchange().export(null, up);
        ExchangeService.Result r = township.exchange().importFile(up);

        // both kept as they were assigned, one conflict for a person naming both matters
        assertThat(r.conflicts()).isEqualTo(1);
        assertThat(township.leader().board(null)).extracting(org.mediationledger.model.LeaderAssignment::id)
                .contains(atTownship.id(), atVillage.id());
        var conflict = township.exchange().conflicts(true).get(0);
        assertThat(conflict.field()).isEqualTo(org.mediationledger.store.ExchangeRepository.DUPLICATE);
        assertThat(conflict.mine()).contains(leaders.get(0).name(), TestData.TODAY.toString(), "镇里的方案");
        assertThat(conflict.theirs()).contains(leaders.get(leaders.size() - 1).name(), "村里的方案");
        assertThat(township.cases().openExchangeConflicts(c.id())).isEqualTo(1);
        // the village takes the township's matter without a conflict of its own (the township decides)
        Path down = dir.resolve("down.mlx");
        township.exchange().export(unit.name(), down);
        assertThat(village.exchange().importFile(down).conflicts()).isZero();

        township.exchange().resolve(conflict.id(), false); // keep the township's matter: the village's is deleted

        assertThat(township.leader().board(null)).extracting(org.mediationledger.model.LeaderAssignment::id)
                .contains(atTownship.id()).doesNotContain(atVillage.id());
        exchange();
        assertThat(village.leader().board(null)).extracting(org.mediationledger.model.LeaderAssignment::id)
                .contains(atTownship.id()).doesNotContain(atVillage.id());
        assertThat(rows(village)).isEqualTo(rows(township));
        assertThat(township.exchange().conflicts(true)).isEmpty();
        assertThat(village.exchange().conflicts(true)).isEmpty();
    }

    @Test
    void theHistoryTravelsWithTheRowsOnceAndNeverEchoes() throws Exception {
        MediationCase here = village.cases().register(draft(village, "村里登记的宅基地纠纷"));
        MediationCase there = township.cases().register(draft(township, "镇里登记的相邻权纠纷"));

        exchange();

        // the village's own entry about its case is at the township, by its user, at its time, with the village named
        var atTownship = township.cases().history(here.id());
        assertThat(atTownship).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("INSERT");
            assertThat(e.userName()).endsWith(" · " + unit.name());
        });
        // and the township's entry about the case it registered for the village is in the village's history
        assertThat(village.cases().history(there.id())).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("INSERT");
            assertThat(e.userName()).endsWith(" · " + township.exchange().self().orElseThrow().name());
        });
        long townshipEntries = township.backups().verifyHistory().entries();
        long villageEntries = village.backups().verifyHistory().entries();

        // more files both ways with nothing new: no entry is copied twice, no copy goes back where it came from
        exchange();
        assertThat(township.backups().verifyHistory().entries()).isEqualTo(townshipEntries);
        assertThat(village.backups().verifyHistory().entries()).isEqualTo(villageEntries);
        assertThat(township.backups().verifyHistory().whole()).isTrue();
        assertThat(village.backups().verifyHistory().whole()).isTrue();
        assertThat(township.cases().history(here.id()).stream().filter(e -> e.action().equals("INSERT")).count()).isEqualTo(1);

        // an edit at the village: its entry comes with the new version of the row
        MediationCase v = village.cases().get(here.id()).orElseThrow();
        village.cases().update(here.id(), v.version(), v.draft().withSummary("村里补充了情况"));
        exchange();
        assertThat(township.cases().history(here.id())).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("UPDATE");
            assertThat(e.userName()).endsWith(" · " + unit.name());
        });
    }

    @Test
    void moreRowsThanOneBatchArriveWholeWithTheirHistoryChained() throws Exception {
        // the import reads and writes 500 rows of a table at a time: 520 cases cross a batch's border
        List<java.util.UUID> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 520; i++) {
            ids.add(village.cases().register(draft(village, "批量登记的纠纷 " + i)).id());
        }
        long before = township.backups().verifyHistory().entries();

        exchange();

        assertThat(rows(township)).isEqualTo(rows(village));
        for (java.util.UUID id : List.of(ids.get(0), ids.get(499), ids.get(500), ids.get(519))) {
            // taken whole from the village: its history is the village's own entry, copied with the file
            assertThat(township.cases().history(id)).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo("INSERT");
                assertThat(e.userName()).endsWith(" · " + unit.name());
            });
        }
        var check = township.backups().verifyHistory();
        assertThat(check.whole()).isTrue();
        assertThat(check.entries() - before).isGreaterThanOrEqualTo(520); // each case's entry, at least
        Period year = Period.year(TestData.TODAY.getYear());
        assertThat(township.stats().figures(year, unit.id(), null).count(Measure.ACCEPTED))
                .isEqualTo(township.stats().recount(year, unit.id()).count(Measure.ACCEPTED)).isGreaterThanOrEqualTo(520);
    }

    @Test
    void aFileImportedTwiceOrAfterANewerOneChangesNothing() throws Exception {
        village.cases().register(draft(village, "第一件"));
        Path first = dir.resolve("first.mlx");
        village.exchange().export(null, first);
        village.cases().register(draft(village, "第二件"));
        Path second = dir.resolve("second.mlx");
        village.exchange().export(null, second);

        ExchangeService.Result r2 = township.exchange().importFile(second); // the newer one first: it holds both
        assertThat(r2.applied()).isGreaterThanOrEqualTo(2);
        Map<String, Map<String, String>> after = rows(township);
        ExchangeService.Result again = township.exchange().importFile(second);
        ExchangeService.Result older = township.exchange().importFile(first);

        assertThat(again.alreadyImported()).isTrue();
        assertThat(older.alreadyImported()).isTrue();
        assertThat(rows(township)).isEqualTo(after);
    }

    @Test
    void theSameFieldChangedOnBothSidesWaitsForAPersonAndTheChoiceTravelsBack() throws Exception {
        MediationCase c = township.cases().register(draft(township, "原来的摘要"));
        exchange();
        MediationCase v = village.cases().get(c.id()).orElseThrow();
        village.cases().update(c.id(), v.version(), v.draft().withSummary("村里改的摘要"));
        MediationCase v2 = village.cases().get(c.id()).orElseThrow();
        CaseDraft vd = v2.draft();
        village.cases().update(c.id(), v2.version(), new CaseDraft(vd.source(), vd.disputeTypeId(), vd.unitId(), vd.gridId(), vd.summary(),
                vd.requests(), 7, vd.amountInvolved(), vd.riskLevel(), vd.receivedDate(), vd.mediatorId(), vd.parties()));
        MediationCase t = township.cases().get(c.id()).orElseThrow();
        CaseDraft td = t.draft().withSummary("镇里改的摘要");
        township.cases().update(c.id(), t.version(), new CaseDraft(td.source(), td.disputeTypeId(), td.unitId(), td.gridId(), td.summary(),
                td.requests(), td.peopleInvolved(), new BigDecimal("5000"), RiskLevel.ORANGE, td.receivedDate(), td.mediatorId(), td.parties()));

        Path up = dir.resolve("up.mlx");
        village.exchange().export(null, up);
        ExchangeService.Result r = township.exchange().importFile(up);

        assertThat(r.conflicts()).isEqualTo(1);
        var conflicts = township.exchange().conflicts(true);
        assertThat(conflicts).singleElement().satisfies(k -> {
            assertThat(k.field()).isEqualTo("summary");
            assertThat(k.mine()).isEqualTo("镇里改的摘要");
            assertThat(k.theirs()).isEqualTo("村里改的摘要");
        });
        MediationCase merged = township.cases().get(c.id()).orElseThrow();
        assertThat(merged.draft().summary()).isEqualTo("镇里改的摘要"); // mine stays until a person chooses
        assertThat(merged.draft().peopleInvolved()).isEqualTo(7); // the village's other change is in
        assertThat(merged.draft().amountInvolved()).isEqualByComparingTo("5000"); // and the township's own

        assertThat(township.cases().openExchangeConflicts(c.id())).isEqualTo(1);
        township.exchange().resolve(conflicts.get(0).id(), true);
        assertThat(township.cases().openExchangeConflicts(c.id())).isZero();
        assertThat(township.exchange().conflicts(true)).isEmpty();
        exchange();

        MediationCase atVillage = village.cases().get(c.id()).orElseThrow();
        assertThat(atVillage.draft().summary()).isEqualTo("村里改的摘要");
        assertThat(atVillage.draft().amountInvolved()).isEqualByComparingTo("5000");
        assertThat(atVillage.draft().riskLevel()).isEqualTo(RiskLevel.ORANGE);
        assertThat(rows(village)).isEqualTo(rows(township));
        assertThat(township.cases().history(c.id()).stream().map(e -> e.action()).toList()).contains("EXCHANGE", "RESOLVE");
    }

    @Test
    void aChangedFileOrOneForAnotherLedgerIsRefusedAndChangesNothing() throws Exception {
        village.cases().register(draft(village, "村里登记的宅基地纠纷"));
        Path up = dir.resolve("up.mlx");
        village.exchange().export(null, up);
        byte[] b = Files.readAllBytes(up);
        b[b.length - 20] ^= 0x10;
        Path changed = dir.resolve("changed.mlx");
        Files.write(changed, b);
        Map<String, Map<String, String>> before = rows(township);

        assertThatThrownBy(() -> township.exchange().importFile(changed)).isInstanceOf(DataFileException.class)
                .extracting(e -> ((DataFileException) e).reasonKey()).isEqualTo("exchange.refused.changed");
        // the village's own file back into the village: not for this ledger
        assertThatThrownBy(() -> village.exchange().importFile(up)).isInstanceOf(DataFileException.class)
                .extracting(e -> ((DataFileException) e).reasonKey()).isEqualTo("exchange.refused.otherReceiver");
        assertThat(rows(township)).isEqualTo(before);
        assertThat(township.exchange().importFile(up).applied()).isPositive();
    }

    @Test
    void aSetUpFileThatCannotBeWrittenLeavesNothingRecordedAndCanBeTriedAgain() throws Exception {
        Unit other = township.reference().load().units().get(1);
        Path nowhere = dir.resolve("no-such-folder").resolve("other.mlnode");
        assertThatThrownBy(() -> township.exchange().createNode(other.name(), nowhere))
                .isInstanceOf(org.mediationledger.model.ValidationException.class)
                .satisfies(e -> assertThat(TestData.ZH.problem(((org.mediationledger.model.ValidationException) e).problems().get(0)))
                        .contains("no-such-folder"));
        assertThat(township.exchange().peers()).extracting(ExchangeService.Peer::name).containsExactly(unit.name());
        Path setup = dir.resolve("other.mlnode");
        assertThat(township.exchange().createNode(other.name(), setup)).isNotBlank();
        assertThat(setup).exists();
    }

    @Test
    void aConflictDecidedTwiceIsOneSentenceTheSecondTime() throws Exception {
        MediationCase c = township.cases().register(draft(township, "原来的摘要"));
        exchange();
        MediationCase v = village.cases().get(c.id()).orElseThrow();
        village.cases().update(c.id(), v.version(), v.draft().withSummary("村里改的"));
        MediationCase t = township.cases().get(c.id()).orElseThrow();
        township.cases().update(c.id(), t.version(), t.draft().withSummary("镇里改的"));
        Path up = dir.resolve("up.mlx");
        village.exchange().export(null, up);
        township.exchange().importFile(up);
        var conflict = township.exchange().conflicts(true).get(0);
        township.exchange().resolve(conflict.id(), false);

        assertThatThrownBy(() -> township.exchange().resolve(conflict.id(), true))
                .isInstanceOf(org.mediationledger.model.ValidationException.class)
                .satisfies(e -> assertThat(TestData.ZH.problem(((org.mediationledger.model.ValidationException) e).problems().get(0)))
                        .contains("已经有人处理过"));
        assertThat(township.cases().get(c.id()).orElseThrow().draft().summary()).isEqualTo("镇里改的");
    }

    @Test
    void theSetUpFileOpensOnlyWithItsCode() throws Exception {
        Unit other = township.reference().load().units().get(1);
        Path setup = dir.resolve("other.mlx");
        township.exchange().createNode(other.name(), setup);
        try (Services fresh = Composition.open(dir.resolve("fresh").resolve("ledger"), TestData.ZH, TestData.CLOCK)) {
            assertThatThrownBy(() -> fresh.exchange().join(setup, "0000-0000-0000-0000-0000-0000-0000-0000"))
                    .isInstanceOf(DataFileException.class);
            assertThat(fresh.exchange().self()).isEmpty();
            assertThat(fresh.settings().series().township()).as("still numbering as before").isTrue();
            assertThat(fresh.exchange().self()).isEmpty();
        }
    }

    @Test
    void withEncryptionAtTheTownshipPersonalNumbersTravelAndStaySealedThere() throws Exception {
        township.accounts().createFirstAdmin("王所长", "admin-pass-1".toCharArray());
        MediationCase c = township.cases().register(draft(township, "有身份证号的案件"));
        exchange();
        MediationCase v = village.cases().get(c.id()).orElseThrow();
        assertThat(v.draft().parties().get(0).idNumber()).isEqualTo(c.draft().parties().get(0).idNumber());

        var p = v.draft().parties().get(0);
        var changed = new org.mediationledger.model.Party(p.id(), p.role(), p.name(), p.gender(), p.ethnicity(), p.birthDate(), p.age(),
                p.occupation(), "13900001111", p.address(), p.idNumber());
        village.cases().update(c.id(), v.version(), v.draft().withParties(java.util.List.of(changed, v.draft().parties().get(1))));
        exchange();

        MediationCase t = township.cases().get(c.id()).orElseThrow();
        assertThat(t.draft().parties().get(0).phone()).isEqualTo("13900001111");
        assertThat(township.cases().search(new org.mediationledger.model.CaseFilter(null, null, null, null, null, null,
                p.idNumber()), 0, 10).rows()).extracting(org.mediationledger.model.CaseSummary::id).contains(c.id());
        assertThat(rows(village)).isEqualTo(rows(township));
    }
}
