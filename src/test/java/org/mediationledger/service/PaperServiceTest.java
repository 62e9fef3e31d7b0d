package org.mediationledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.model.AuditEntry;
import org.mediationledger.model.CaseFilter;
import org.mediationledger.model.Finding;
import org.mediationledger.model.FindingParty;
import org.mediationledger.model.FindingStatus;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.Party;
import org.mediationledger.model.RiskLevel;
import org.mediationledger.model.ScreeningKind;
import org.mediationledger.model.ScreeningRound;
import org.mediationledger.model.ValidationException;

/** Real PDF bytes read back with PDFBox: what is on the paper, what is not, the font, the pages. */
class PaperServiceTest {
    @TempDir
    Path dir;
    Services s;

    @BeforeEach
    void open() {
        s = TestData.withDemo(dir);
    }

    @AfterEach
    void close() {
        s.close();
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    MediationCase withAgreement() {
        return s.cases().byShortNumber("1").orElseThrow();
    }

    @Test
    void aCaseSummaryShowsNumberPartiesAndMaskedNumbersOnly() throws Exception {
        MediationCase c = withAgreement();
        byte[] pdf = s.papers().caseSummary(c.id(), false);
        String t = text(pdf);
        assertThat(t).contains("人民调解案件摘要", c.caseNumber(), "第 1 页 共 1 页");
        for (Party p : c.draft().parties()) {
            assertThat(t).contains(p.name());
            if (p.idNumber() != null) {
                assertThat(t).contains(p.idNumber().substring(0, 6) + "********" + p.idNumber().substring(14)).doesNotContain(p.idNumber());
            }
            if (p.phone() != null) {
                assertThat(t).doesNotContain(p.phone());
            }
        }
        assertThat(s.cases().history(c.id())).extracting(AuditEntry::action).doesNotContain("PRINT_FULL");
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : d.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                assertThat(f.getName()).contains("WenQuanYi");
            });
        }
    }

    @Test
    void theRecoverySheetCarriesTheKeyWhatItOpensAndWhereToKeepIt() throws Exception {
        String t = text(s.papers().recoverySheet("QV0D-9VYK-S7P9-CNKV-PKSA-7966-24EK-339Z", "王所长"));
        assertThat(t).contains("恢复密钥单", "QV0D-9VYK-S7P9-CNKV-PKSA-7966-24EK-339Z", "管理员 王所长", "保险柜", "accounts recover");
    }

    @Test
    void printingInFullIsAChoiceTheAuditTrailKeeps() throws Exception {
        MediationCase c = withAgreement();
        String t = text(s.papers().caseSummary(c.id(), true));
        Party withId = c.draft().parties().stream().filter(p -> p.idNumber() != null).findFirst().orElseThrow();
        assertThat(t).contains(withId.idNumber(), withId.phone());
        assertThat(s.cases().history(c.id())).anySatisfy(e -> assertThat(e.action()).isEqualTo("PRINT_FULL"));
    }

    @Test
    void theAgreementHasItsTermsSignatureAndSealLines() throws Exception {
        MediationCase c = withAgreement();
        String t = text(s.papers().agreement(c.id(), false));
        assertThat(t).contains("人民调解协议书", c.caseNumber(), "当事人自愿达成如下协议", "人民调解员（签名）", "人民调解委员会（印章）",
                "三十日内");
        // the mediator who reached the agreement is named beside the mediator's signature line
        var ref = s.reference().load();
        String mediator = s.path().path(c.id()).attempts().stream().filter(a -> a.result() == org.mediationledger.model.AttemptResult.SUCCESS)
                .reduce((x, y) -> y).orElseThrow().mediatorIds().stream().map(id -> ref.staffMember(id).orElseThrow().name())
                .findFirst().orElseThrow();
        assertThat(t.replaceAll("\\s+", " ")).containsPattern("人民调解员（签名）：_+ " + mediator);
        MediationCase open = s.cases().search(CaseFilter.all(), 0, 50).rows().stream()
                .filter(r -> r.status() == org.mediationledger.model.CaseStatus.REGISTERED).findFirst()
                .flatMap(r -> s.cases().get(r.id())).orElseThrow();
        assertThatThrownBy(() -> s.papers().agreement(open.id(), false)).isInstanceOf(ValidationException.class);
    }

    @Test
    void aLedgerOfTwoHundredRowsRepeatsItsHeaderOnEveryPage() throws Exception {
        TestData.unitsSince(s, LocalDate.of(2020, 1, 1));
        var ref = s.reference().load();
        LocalDate day = LocalDate.of(2026, 3, 2);
        for (int i = 0; i < 40; i++) {
            List<Finding> findings = new ArrayList<>();
            for (int k = 0; k < 5; k++) {
                findings.add(new Finding(null, "第" + (i * 5 + k + 1) + "件：邻里排水纠纷", ref.activeTypes().get(0).id(),
                        List.of(new FindingParty("王某", "13812345678")), 2, null, RiskLevel.YELLOW, "上门劝导", FindingStatus.MONITORING, null));
            }
            s.screening().record(new ScreeningRound(null, day.plusDays(i % 28), ref.units().get(i % 8).id(), null, ScreeningKind.ROUTINE,
                    null, List.of(), null, findings, 0));
        }
        byte[] pdf = s.papers().ledger(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            int pages = d.getNumberOfPages();
            assertThat(pages).isGreaterThan(3);
            PDPage first = d.getPage(0);
            boolean landscape = first.getRotation() % 180 == 90 ? first.getMediaBox().getHeight() > first.getMediaBox().getWidth()
                    : first.getMediaBox().getWidth() > first.getMediaBox().getHeight();
            assertThat(landscape).as("landscape").isTrue();
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper one = new PDFTextStripper();
                one.setStartPage(p);
                one.setEndPage(p);
                String t = one.getText(d);
                assertThat(t).as("page " + p).contains("纠纷简要情况", "化解措施", "第 " + p + " 页 共 " + pages + " 页");
                assertThat(t).doesNotContain("13812345678");
            }
            String all = new PDFTextStripper().getText(d);
            assertThat(all).contains("第200件：邻里排水纠纷", "第1件：邻里排水纠纷", "138****5678");
        }
    }

    @Test
    void aMissingFontIsASentenceNotAStackTrace() {
        var e = new org.mediationledger.model.DataFileException("error.fontMissing", "/fonts/wqy-microhei.ttc", null);
        assertThat(TestData.ZH.get(e.reasonKey(), e.location())).isEqualTo(
                "无法生成 PDF：程序缺少中文字体（/fonts/wqy-microhei.ttc）。请重新安装本程序；已填写的内容没有丢失。");
        assertThat(PaperService.class.getResource("/fonts/wqy-microhei.ttc")).as("the font ships inside the program").isNotNull();
    }

    /** The text of each page, without its footer ("第 1 页 共 2 页"). */
    static List<String> pages(byte[] pdf) throws Exception {
        List<String> out = new ArrayList<>();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var strip = new org.apache.pdfbox.text.PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                strip.setStartPage(i);
                strip.setEndPage(i);
                out.add(strip.getText(doc).replaceAll("第 \\d+ 页 共 \\d+ 页", "").strip());
            }
        }
        return out;
    }

    /**
     * Requests of growing length push the case summary and the agreement over a page boundary at some length: at
     * every length, no page holds only the closing lines (committee and date, signatures) without content of the paper.
     */
    @Test
    void noPaperEndsWithAPageOfClosingLinesAlone() throws Exception {
        MediationCase c = withAgreement();
        int twoPages = 0;
        for (int n = 0; n < 60; n++) {
            var d = c.draft();
            String filler = "双方就宅基地界址、排水沟走向和围墙高度各执一词，要求村委会主持公道。".repeat(n);
            c = s.cases().update(c.id(), c.version(), new org.mediationledger.model.CaseDraft(d.source(), d.disputeTypeId(), d.unitId(),
                    d.gridId(), d.summary(), filler.isEmpty() ? null : filler, d.peopleInvolved(), d.amountInvolved(), d.riskLevel(),
                    d.receivedDate(), d.mediatorId(), d.parties()));
            for (byte[] pdf : List.of(s.papers().caseSummary(c.id(), false), s.papers().agreement(c.id(), false))) {
                List<String> pages = pages(pdf);
                String last = pages.get(pages.size() - 1);
                String body = last.lines().filter(l -> !l.contains("人民调解委员会  制表日期") && !l.contains("（签名）")
                        && !l.contains("（印章）") && !l.contains("本协议一式") && !l.matches("\\s*\\d{4}年.*")
                        && !l.contains("日期")).reduce("", (a, b) -> a + b).strip();
                assertThat(body).as("length %d, last of %d pages: %s", n, pages.size(), last).isNotEmpty();
                if (pages.size() > 1) {
                    twoPages++;
                }
            }
        }
        assertThat(twoPages).as("the lengths reach past one page").isPositive();
    }

    /** The ledger's dates stay on one line and its headers are not broken character by character. */
    @Test
    void theLedgersDatesStayOnOneLine() throws Exception {
        LocalDate from = LocalDate.of(2026, 9, 1);
        var rows = s.screening().ledger(from, TestData.TODAY, null);
        String t = text(s.papers().ledger(from, TestData.TODAY, null));
        for (var r : rows) {
            assertThat(t).contains(r.date().toString());
        }
        assertThat(t).contains("涉及金额", "化解时限", "排查日期");
    }
}
