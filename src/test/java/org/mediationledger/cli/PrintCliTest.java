package org.mediationledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PrintCliTest extends CliFixture {

    static String text(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void everyPaperFromTheCommandLine() throws Exception {
        Path c = dir.resolve("case.pdf");
        assertThat(run("print", "case", "1", "--out", c.toString(), "--db", db.toString())).as(err.toString()).isZero();
        assertThat(text(c)).contains("（2026）青山镇人调字第001号", "张大山", "430221********").doesNotContain("138****30080");
        Path a = dir.resolve("agreement.pdf");
        assertThat(run("print", "agreement", "2026-1", "--out", a.toString(), "--db", db.toString())).as(err.toString()).isZero();
        // the agreement the parties sign carries their ID numbers in full by default, and the history says it was printed so
        String id = "";
        try (var s = ledger()) {
            var one = s.cases().byShortNumber("1").orElseThrow();
            id = one.draft().parties().stream().filter(p -> p.idNumber() != null).findFirst().orElseThrow().idNumber();
            assertThat(s.cases().history(one.id())).anySatisfy(e -> assertThat(e.action()).isEqualTo("PRINT_FULL"));
        }
        assertThat(text(a)).contains("人民调解协议书", "人民调解委员会（印章）", id);
        assertThat(run("print", "agreement", "2026-1", "--masked", "--out", a.toString(), "--db", db.toString())).isZero();
        assertThat(text(a)).contains("人民调解协议书").doesNotContain(id);
        Path l = dir.resolve("ledger.pdf");
        assertThat(run("print", "ledger", "--from", "2026-10-01", "--to", "2026-11-26", "--unit", "东山村", "--out", l.toString(),
                "--db", db.toString())).as(err.toString()).isZero();
        assertThat(text(l)).contains("青山镇矛盾纠纷排查化解台账", "东山村");
        Path r = dir.resolve("report.pdf");
        assertThat(run("print", "report", "--month", "2026-10", "--out", r.toString(), "--db", db.toString())).as(err.toString()).isZero();
        assertThat(text(r)).contains("人民调解案件统计表（按纠纷类型）", "矛盾纠纷排查调处统计表", "合计");
        assertThat(Files.size(r)).isPositive();

        assertThat(run("print", "case", "999", "--out", c.toString(), "--db", db.toString())).isEqualTo(2);
        assertThat(run("print", "agreement", "12", "--out", a.toString(), "--db", db.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("这个案件还没有调解协议。");
    }

    @Test
    void theOtherPapersOfACaseAndOfLeaderMatters() throws Exception {
        Path f = dir.resolve("p.pdf");
        assertThat(run("print", "paper", "register", "1", "--out", f.toString(), "--db", db.toString())).as(err.toString()).isZero();
        assertThat(text(f)).contains("人民调解受理登记表", "登记人（签名）", "（2026）青山镇人调字第001号");
        assertThat(run("print", "paper", "record", "1", "--out", f.toString(), "--db", db.toString())).as(err.toString()).isZero();
        assertThat(text(f)).contains("人民调解记录", "第 1 次调解", "村级");
        assertThat(run("print", "paper", "cover", "1", "--out", f.toString(), "--db", db.toString())).as(err.toString()).isZero();
        assertThat(text(f)).contains("人民调解卷宗", "卷内目录", "人民调解协议书", "第 2 页 共 2 页");

        Path a = dir.resolve("assign.json");
        Files.writeString(a, "{\"caseNumber\": \"7\", \"leader\": \"林镇长\", \"responsiblePerson\": \"赵国庆\", "
                + "\"plan\": \"现场勘界\", \"assignedDate\": \"2026-08-20\"}");
        assertThat(run("leader", "assign", "--file", a.toString(), "--db", db.toString())).as(err.toString()).isZero();
        assertThat(run("print", "leader", "7", "--out", f.toString(), "--db", db.toString())).as(err.toString()).isZero();
        assertThat(text(f)).contains("领导包案责任书（督办单）", "林镇长", "现场勘界", "2026-11-20");
        assertThat(run("print", "overdue", "--out", f.toString(), "--db", db.toString())).as(err.toString()).isZero();
        assertThat(text(f)).contains("超期未办结领导包案事项清单", "（2026）青山镇人调字第007号", "赵国庆");
    }
}
