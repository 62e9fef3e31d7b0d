package org.mediationledger.service;

import static org.mediationledger.service.PdfKit.cell;
import static org.mediationledger.service.PdfKit.f;
import static org.mediationledger.service.PdfKit.grid;
import static org.mediationledger.service.PdfKit.heading;
import static org.mediationledger.service.PdfKit.signLines;
import static org.mediationledger.service.PdfKit.text;
import static org.mediationledger.service.PdfKit.title;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPTable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.mediationledger.model.LedgerRow;
import org.mediationledger.model.Messages;
import org.mediationledger.service.PdfKit.DocumentBody;

/**
 * The papers the office files, as PDF (OpenPDF): A4, the shipped WenQuanYi Micro Hei font embedded, centred title,
 * "第 X 页 共 Y 页" on every page, signature and seal lines where the paper needs them. ID numbers and phones are
 * masked unless printing in full was chosen (and that choice goes to the audit trail).
 */
public final class PaperService {
    private final CaseService cases;
    private final PathService path;
    private final ScreeningService screening;
    private final ReferenceService reference;
    private final LeaderService leaders;
    private final Messages m;
    private final CasePapers casePapers;

    public PaperService(CaseService cases, PathService path, ScreeningService screening, ReferenceService reference,
                        LeaderService leaders, Messages m) {
        this.leaders = leaders;
        this.cases = cases;
        this.path = path;
        this.screening = screening;
        this.reference = reference;
        this.m = m;
        this.casePapers = new CasePapers(cases, path, reference, m);
    }

    public byte[] caseSummary(UUID caseId, boolean full) {
        return casePapers.caseSummary(caseId, full);
    }

    public byte[] agreement(UUID caseId, boolean full) {
        return casePapers.agreement(caseId, full);
    }

    public byte[] acceptanceRegister(UUID caseId, boolean full) {
        return casePapers.acceptanceRegister(caseId, full);
    }

    public byte[] mediationRecord(UUID caseId) {
        return casePapers.mediationRecord(caseId);
    }

    public byte[] fileCover(UUID caseId) {
        return casePapers.fileCover(caseId);
    }

    private byte[] write(Rectangle size, DocumentBody body) {
        return PdfKit.write(m, size, body);
    }

    /** 排查台账 for a period and units: landscape, the standard columns, the header row again on every page. */
    public byte[] ledger(LocalDate from, LocalDate to, List<UUID> unitIds) {
        List<LedgerRow> rows = screening.ledger(from, to, unitIds);
        List<String> head = LedgerExport.head(m);
        return write(PageSize.A4.rotate(), doc -> {
            doc.add(title(m.get("paper.ledgerTitle", reference.load().township())));
            Paragraph range = new Paragraph(m.get("paper.ledgerRange", from, to, rows.size()), f(10, Font.NORMAL));
            range.setAlignment(Element.ALIGN_CENTER);
            range.setSpacingAfter(8);
            doc.add(range);
            PdfPTable t = new PdfPTable(LedgerExport.paperWidths()); // one width per column, from the column list
            t.setWidthPercentage(100);
            t.setHeaderRows(1);
            for (String h : head) {
                t.addCell(cell(h, true, 9));
            }
            for (LedgerRow r : rows) {
                for (String v : LedgerExport.values(m, r)) {
                    t.addCell(cell(v, false, 8.5f));
                }
            }
            doc.add(t);
            Paragraph sign = new Paragraph(m.get("paper.ledgerSign"), f(10, Font.NORMAL));
            sign.setSpacingBefore(16);
            doc.add(sign);
        });
    }

    /** 领导包案责任书 / 督办单: the matter, its owner, team, plan and deadline, extensions and every supervision entry. */
    public byte[] leaderSheet(UUID assignmentId) {
        var matter = leaders.matters(null).stream().filter(x -> x.assignment().id().equals(assignmentId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no assignment " + assignmentId));
        var a = matter.assignment();
        ReferenceData ref = reference.load();
        return write(PageSize.A4, doc -> {
            doc.add(title(m.get("paper.leaderSheet")));
            doc.add(grid(List.of(new String[] {m.get("field.subject"), matter.subject(m)},
                    new String[] {m.get("field.leader"), ref.staffMember(a.leaderId()).map(s -> s.name()).orElse("")},
                    new String[] {m.get("paper.responsibleUnit"), a.responsibleUnitId() == null ? ""
                            : ref.unit(a.responsibleUnitId()).map(u -> u.name()).orElse("")},
                    new String[] {m.get("field.responsiblePerson"), a.responsiblePerson() == null ? "" : a.responsiblePerson()},
                    new String[] {m.get("field.team"), a.team() == null ? "" : a.team()},
                    new String[] {m.get("paper.assignedOn"), a.assignedDate().toString()},
                    new String[] {m.get("field.deadline"), a.deadline().toString()},
                    new String[] {m.get("col.status"), a.closed() ? m.label(a.outcome()) : m.get("paper.inProgress")})));
            doc.add(heading(m.get("field.plan")));
            doc.add(text(a.plan()));
            if (!a.extensions().isEmpty()) {
                doc.add(heading(m.get("paper.extensions")));
                for (var e : a.extensions()) {
                    doc.add(text(m.get("paper.extensionLine", e.requestedDate(), e.days(), e.reason(),
                            e.approved() ? m.get("leader.approved") : m.get("paper.refused"))));
                }
            }
            doc.add(heading(m.get("paper.supervision")));
            PdfPTable t = new PdfPTable(new float[] {1f, 1f, 2.5f, 2.5f, 1f});
            t.setWidthPercentage(100);
            t.setHeaderRows(1);
            for (String h : List.of("col.date", "field.supervisor", "field.instruction", "field.progress", "field.nextCheckDate")) {
                t.addCell(cell(m.get(h), true));
            }
            for (var sEntry : a.supervision()) {
                t.addCell(cell(sEntry.date().toString(), false));
                t.addCell(cell(sEntry.supervisorId() == null ? "" : ref.staffMember(sEntry.supervisorId()).map(x -> x.name()).orElse(""), false));
                t.addCell(cell(sEntry.instruction(), false));
                t.addCell(cell(sEntry.progress(), false));
                t.addCell(cell(sEntry.nextCheckDate() == null ? "" : sEntry.nextCheckDate().toString(), false));
            }
            doc.add(t);
            doc.add(signLines(m.get("paper.signLeader"), m.get("paper.signResponsible"), m.get("paper.seal", ref.township())));
        });
    }

    /**
     * 恢复密钥单: the recovery key in large type with what it is for, to print and keep apart from the PC (in the
     * office safe). Written only in memory, for the preview and the printer.
     */
    public byte[] recoverySheet(String recoveryKey, String adminName) {
        ReferenceData ref = reference.load();
        return write(PageSize.A4, doc -> {
            doc.add(title(m.get("paper.recoveryTitle")));
            doc.add(text(m.get("paper.recoveryFor", ref.township(), adminName, leaders.today())));
            Paragraph key = new Paragraph(recoveryKey, f(22, Font.BOLD));
            key.setAlignment(Element.ALIGN_CENTER);
            key.setSpacingBefore(24);
            key.setSpacingAfter(24);
            doc.add(key);
            for (String line : m.get("paper.recoveryHow").split("\n")) {
                doc.add(text(line));
            }
        });
    }

    /** 超期包案事项清单: every leader matter past its deadline with who owns it (landscape). */
    public byte[] overdueList() {
        ReferenceData ref = reference.load();
        LocalDate t0 = leaders.today();
        var late = leaders.matters(null).stream().filter(x -> x.assignment().overdue(t0)).toList();
        return write(PageSize.A4.rotate(), doc -> {
            doc.add(title(m.get("paper.overdueTitle", ref.township())));
            Paragraph as = new Paragraph(m.get("paper.overdueAsOf", t0, late.size()), f(10, Font.NORMAL));
            as.setAlignment(Element.ALIGN_CENTER);
            as.setSpacingAfter(8);
            doc.add(as);
            PdfPTable t = new PdfPTable(new float[] {0.5f, 2.6f, 1f, 1f, 1f, 0.8f, 3f});
            t.setWidthPercentage(100);
            t.setHeaderRows(1);
            for (String h : List.of(m.get("paper.no"), m.get("field.subject"), m.get("field.leader"), m.get("col.responsible"),
                    m.get("field.deadline"), m.get("col.daysOver"), m.get("field.plan"))) {
                t.addCell(cell(h, true));
            }
            int n = 1;
            for (var x : late) {
                var a = x.assignment();
                t.addCell(cell(String.valueOf(n++), false));
                t.addCell(cell(x.subject(m), false));
                t.addCell(cell(ref.staffMember(a.leaderId()).map(s -> s.name()).orElse(""), false));
                t.addCell(cell(a.responsiblePerson(), false));
                t.addCell(cell(a.deadline().toString(), false));
                t.addCell(cell(String.valueOf(-a.daysLeft(t0)), false));
                t.addCell(cell(a.plan(), false));
            }
            doc.add(t);
        });
    }

    /** A report (the monthly statistics) as PDF: each table under its title. */
    public byte[] report(org.mediationledger.model.Report r) {
        return write(PageSize.A4.rotate(), doc -> {
            doc.add(title(r.title()));
            for (org.mediationledger.model.Report.Sheet s : r.sheets()) {
                doc.add(heading(s.title()));
                PdfPTable t = new PdfPTable(s.head().size());
                t.setWidthPercentage(100);
                t.setHeaderRows(1);
                for (String h : s.head()) {
                    t.addCell(cell(h, true));
                }
                for (List<String> row : s.rows()) {
                    for (String v : row) {
                        t.addCell(cell(v, false));
                    }
                }
                doc.add(t);
            }
        });
    }

}
