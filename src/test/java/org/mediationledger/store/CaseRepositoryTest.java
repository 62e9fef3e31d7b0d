package org.mediationledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.model.AuditEntry;
import org.mediationledger.model.CaseDraft;
import org.mediationledger.model.CaseFilter;
import org.mediationledger.model.CaseStatus;
import org.mediationledger.model.CaseSummary;
import org.mediationledger.model.ConcurrentEditException;
import org.mediationledger.model.FieldChange;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.Page;
import org.mediationledger.model.Party;
import org.mediationledger.model.PartyRole;
import org.mediationledger.model.RiskLevel;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.service.Services;

/** The case register on a real H2 file migrated by the real migrations (on the server run: a real PostgreSQL), through the services. */
class CaseRepositoryTest {
    @TempDir
    Path dir;
    Services s;
    ReferenceData ref;

    @BeforeEach
    void open() {
        s = TestData.withDemo(dir);
        ref = s.reference().load();
    }

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void registersWithTheNextNumberAndReadsBackEverything() {
        CaseDraft d = TestData.draft(ref, "两户因排水沟堵塞发生争执", "王大锤", "赵小花");
        MediationCase saved = s.cases().register(d);
        assertThat(saved.caseNumber()).isEqualTo("（2026）青山镇人调字第013号");
        assertThat(saved.status()).isEqualTo(CaseStatus.REGISTERED);
        MediationCase read = s.cases().get(saved.id()).orElseThrow();
        assertThat(read.draft().summary()).isEqualTo("两户因排水沟堵塞发生争执");
        assertThat(read.draft().amountInvolved()).isEqualByComparingTo("1200.50");
        assertThat(read.draft().parties()).extracting(Party::name).containsExactly("王大锤", "赵小花");
        assertThat(read.draft().parties()).extracting(Party::role).containsExactly(PartyRole.APPLICANT, PartyRole.RESPONDENT);
        assertThat(read.draft().parties().get(0).idNumber()).isEqualTo(d.parties().get(0).idNumber());
        assertThat(read.version()).isEqualTo(1);
        assertThat(s.cases().byNumber("（2026）青山镇人调字第013号")).map(MediationCase::id).contains(saved.id());
    }

    @Test
    void numbersRestartEachYear() {
        TestData.unitsSince(s, java.time.LocalDate.of(2020, 1, 1));
        CaseDraft lastYear = withDate(TestData.draft(ref, "去年的纠纷", "甲", "乙"), java.time.LocalDate.of(2025, 12, 30));
        assertThat(s.cases().register(lastYear).caseNumber()).isEqualTo("（2025）青山镇人调字第001号");
        assertThat(s.cases().register(TestData.draft(ref, "今年的", "丙", "丁")).caseNumber()).isEqualTo("（2026）青山镇人调字第013号");
    }

    @Test
    void searchFindsByPartyNameCaseNumberAndSummaryAndFilters() {
        MediationCase c = s.cases().register(TestData.draft(ref, "鱼塘承包费拖欠", "欧阳锋", "洪七公"));
        assertThat(search(new CaseFilter(null, null, null, null, null, null, "欧阳")).rows()).extracting(CaseSummary::id).containsExactly(c.id());
        assertThat(search(new CaseFilter(null, null, null, null, null, null, "洪七公")).rows()).extracting(CaseSummary::id).containsExactly(c.id());
        assertThat(search(new CaseFilter(null, null, null, null, null, null, "第013号")).rows()).extracting(CaseSummary::id).containsExactly(c.id());
        assertThat(search(new CaseFilter(null, null, null, null, null, null, "承包费")).rows()).extracting(CaseSummary::id).containsExactly(c.id());
        assertThat(search(new CaseFilter(null, null, null, null, null, null, "%")).total()).isZero();
        Page<CaseSummary> all = search(CaseFilter.all());
        assertThat(all.total()).isEqualTo(13);
        CaseSummary first = all.rows().get(0);
        assertThat(first.applicants()).isEqualTo("欧阳锋");
        assertThat(first.respondents()).isEqualTo("洪七公");
        var unit = ref.units().get(0);
        assertThat(search(new CaseFilter(unit.id(), null, null, null, null, null, null)).rows())
                .allSatisfy(r -> assertThat(r.unitName()).isEqualTo(unit.name())).hasSize(3);
        assertThat(search(new CaseFilter(null, null, null, RiskLevel.RED, null, null, null)).rows())
                .extracting(CaseSummary::riskLevel).containsOnly(RiskLevel.RED).hasSize(1);
        assertThat(search(new CaseFilter(null, null, null, null, TestData.TODAY.minusDays(10), TestData.TODAY, null)).total())
                .isEqualTo(3);
        assertThat(search(new CaseFilter(null, null, CaseStatus.CLOSED, null, null, null, null)).rows())
                .extracting(CaseSummary::caseNumber).containsExactly("（2026）青山镇人调字第003号", "（2026）青山镇人调字第002号");
    }

    @Test
    void pagesCoverTheWholeRegisterWithoutOverlap() {
        List<String> seen = new ArrayList<>();
        int offset = 0;
        Page<CaseSummary> p;
        do {
            p = s.cases().search(CaseFilter.all(), offset, 5);
            p.rows().forEach(r -> seen.add(r.caseNumber()));
            offset += 5;
        } while (offset < p.total());
        assertThat(p.pageCount()).isEqualTo(3);
        assertThat(seen).hasSize(12).doesNotHaveDuplicates();
    }

    @Test
    void anEditIsAuditedFieldByFieldWithWhoAndWhen() {
        s.settings().setUserName("孙明");
        MediationCase c = s.cases().register(TestData.draft(ref, "原来的情况", "钱一", "孙二"));
        CaseDraft d = c.draft();
        List<Party> ps = new ArrayList<>(d.parties());
        Party p = ps.get(1);
        ps.set(1, new Party(p.id(), p.role(), "孙二娘", p.gender(), p.ethnicity(), p.birthDate(), p.age(), p.occupation(),
                p.phone(), p.address(), p.idNumber()));
        MediationCase edited = s.cases().update(c.id(), c.version(), new CaseDraft(d.source(), d.disputeTypeId(), d.unitId(),
                d.gridId(), "补充后的情况", d.requests(), 5, d.amountInvolved(), RiskLevel.ORANGE, d.receivedDate(), d.mediatorId(), ps));
        assertThat(edited.version()).isEqualTo(2);
        List<AuditEntry> history = s.cases().history(c.id());
        assertThat(history).extracting(AuditEntry::action).containsExactly("INSERT", "UPDATE");
        AuditEntry update = history.get(1);
        assertThat(update.userName()).isEqualTo("孙明");
        assertThat(update.at()).isEqualTo(TestData.TODAY.atTime(10, 0));
        assertThat(update.changes()).containsExactly(
                new FieldChange("summary", "原来的情况", "补充后的情况"),
                new FieldChange("peopleInvolved", "2", "5"),
                new FieldChange("riskLevel", "黄色", "橙色"),
                new FieldChange("parties[1].name", "孙二", "孙二娘"));
        assertThat(history.get(0).changes()).contains(new FieldChange("caseNumber", "", c.caseNumber()));
        assertThat(s.cases().get(c.id()).orElseThrow().draft().parties().get(1).name()).isEqualTo("孙二娘");
    }

    @Test
    void savingOverSomeoneElsesVersionIsRefusedWithBothValues() {
        MediationCase c = s.cases().register(TestData.draft(ref, "原来的情况", "钱一", "孙二"));
        CaseDraft d = c.draft();
        s.cases().update(c.id(), 1, withSummary(d, "甲改过的情况"));
        assertThatThrownBy(() -> s.cases().update(c.id(), 1, withSummary(d, "乙改的情况")))
                .isInstanceOfSatisfying(ConcurrentEditException.class, e -> {
                    assertThat(e.stored().version()).isEqualTo(2);
                    assertThat(e.differences()).containsExactly(new FieldChange("summary", "甲改过的情况", "乙改的情况"));
                });
        assertThat(s.cases().get(c.id()).orElseThrow().draft().summary()).isEqualTo("甲改过的情况");
        assertThat(s.cases().history(c.id())).hasSize(2);
    }

    @Test
    void removedPartiesAreSoftDeletedAndNewOnesAdded() {
        MediationCase c = s.cases().register(TestData.draft(ref, "情况", "钱一", "孙二"));
        CaseDraft d = c.draft();
        List<Party> ps = List.of(d.parties().get(0), TestData.party(PartyRole.RESPONDENT, "李四"), TestData.party(PartyRole.RESPONDENT, "周五"));
        MediationCase edited = s.cases().update(c.id(), 1, d.withParties(ps));
        assertThat(edited.draft().parties()).extracting(Party::name).containsExactly("钱一", "李四", "周五");
        assertThat(s.cases().get(c.id()).orElseThrow().draft().parties()).extracting(Party::name).containsExactly("钱一", "李四", "周五");
        assertThat(search(new CaseFilter(null, null, null, null, null, null, "孙二")).total()).isZero();
    }

    @Test
    void concurrentRegistrationsGetGaplessUniqueNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            futures.add(pool.submit(() -> s.cases().register(TestData.draft(ref, "并发 " + n, "甲" + n, "乙" + n)).caseNumber()));
        }
        List<Integer> seqs = new ArrayList<>();
        for (Future<String> f : futures) {
            String number = f.get();
            seqs.add(Integer.parseInt(number.replaceAll(".*第(\\d+)号", "$1")));
        }
        pool.shutdown();
        Collections.sort(seqs);
        List<Integer> expected = new ArrayList<>();
        for (int i = 13; i <= 52; i++) {
            expected.add(i);
        }
        assertThat(seqs).isEqualTo(expected);
    }

    private Page<CaseSummary> search(CaseFilter f) {
        return s.cases().search(f, 0, 100);
    }

    private static CaseDraft withSummary(CaseDraft d, String summary) {
        return new CaseDraft(d.source(), d.disputeTypeId(), d.unitId(), d.gridId(), summary, d.requests(), d.peopleInvolved(),
                d.amountInvolved(), d.riskLevel(), d.receivedDate(), d.mediatorId(), d.parties());
    }

    private static CaseDraft withDate(CaseDraft d, java.time.LocalDate date) {
        return new CaseDraft(d.source(), d.disputeTypeId(), d.unitId(), d.gridId(), d.summary(), d.requests(), d.peopleInvolved(),
                d.amountInvolved(), d.riskLevel(), date, d.mediatorId(), d.parties());
    }
}
