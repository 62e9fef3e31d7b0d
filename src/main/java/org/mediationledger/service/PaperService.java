package org.mediationledger.service;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.mediationledger.model.Agreement;
import org.mediationledger.model.FollowUp;
import org.mediationledger.model.LedgerRow;
import org.mediationledger.model.Masking;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Party;
import org.mediationledger.model.PathState;
import org.mediationledger.model.Performance;
import org.mediationledger.model.TimelineEntry;

/**
 * The papers the office files, as PDF (OpenPDF): A4, the shipped WenQuanYi Micro Hei font embedded, centred title,
 * "第 X 页 共 Y 页" on every page, signature and seal lines where the paper needs them. ID numbers and phones are
 * masked unless printing in full was chosen (and that choice goes to the audit trail).
 */
public final class PaperService {
    private static final String FONT = "/fonts/wqy-microhei.ttc";
    private static volatile BaseFont baseFont;
    private final CaseService cases;
    private final PathService path;
    private final ScreeningService screening;
    private final ReferenceService reference;
    private final LeaderService leaders;
    private final Messages m;

    public PaperService(CaseService cases, PathService path, ScreeningService screening, ReferenceService reference,
                        LeaderService leaders, Messages m) {
        this.leaders = leaders;
        this.cases = cases;
        this.path = path;
        this.screening = screening;
        this.reference = reference;
        this.m = m;
    }

    /** The shipped CJK font, loaded once; a clear message if the program was packed without it. */
    static BaseFont font() {
        if (baseFont == null) {
            synchronized (PaperService.class) {
                if (baseFont == null) {
                    try (InputStream in = PaperService.class.getResourceAsStream(FONT)) {
                        if (in == null) {
                            throw new org.mediationledger.model.DataFileException("error.fontMissing", FONT, null);
                        }
                        byte[] bytes = in.readAllBytes();
                        baseFont = BaseFont.createFont("wqy-microhei.ttc,0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
                    } catch (IOException | DocumentException e) {
                        throw new org.mediationledger.model.DataFileException("error.fontMissing", FONT, e);
                    }
                }
            }
        }
        return baseFont;
    }

    private static Font f(float size, int style) {
        return new Font(font(), size, style);
    }

    /** Writes the document, then stamps "第 X 页 共 Y 页" at the foot of every page. */
    private byte[] write(Rectangle size, DocumentBody body) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        Document doc = new Document(size, 56, 56, 60, 60);
        try {
            PdfWriter.getInstance(doc, raw);
            doc.open();
            body.write(doc);
            doc.close();
            PdfReader reader = new PdfReader(raw.toByteArray());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfStamper stamper = new PdfStamper(reader, out);
            int total = reader.getNumberOfPages();
            for (int i = 1; i <= total; i++) {
                PdfContentByte over = stamper.getOverContent(i);
                Rectangle page = reader.getPageSize(i);
                ColumnText.showTextAligned(over, Element.ALIGN_CENTER, new Phrase(m.get("paper.pageOf", i, total), f(9, Font.NORMAL)),
                        page.getWidth() / 2, 30, 0);
            }
            stamper.close();
            reader.close();
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("writing the PDF failed", e);
        }
    }

    /**
     * A paper written section by section (a heading and what follows it) so that its closing lines — the committee and
     * date, the signature lines — never stand alone on a last page: the last section goes with them onto one page.
     */
    private static final class Sections {
        private final Document doc;
        private final List<Element> current = new ArrayList<>();

        Sections(Document doc) {
            this.doc = doc;
        }

        void heading(Element h) throws DocumentException {
            flush();
            current.add(h);
        }

        void add(Element e) {
            current.add(e);
        }

        private void flush() throws DocumentException {
            for (Element e : current) {
                doc.add(e);
            }
            current.clear();
        }

        /** The last section and the closing lines, kept on one page. */
        void end(Element... closing) throws DocumentException {
            PdfPTable keep = new PdfPTable(1);
            keep.setWidthPercentage(100);
            keep.setKeepTogether(true);
            PdfPCell c = new PdfPCell();
            c.setBorder(Rectangle.NO_BORDER);
            c.setPadding(0);
            current.forEach(c::addElement);
            for (Element e : closing) {
                c.addElement(e);
            }
            keep.addCell(c);
            doc.add(keep);
            current.clear();
        }
    }

    private interface DocumentBody {
        void write(Document doc) throws DocumentException;
    }

    private static Paragraph title(String text) {
        Paragraph p = new Paragraph(text, f(18, Font.BOLD));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(14);
        return p;
    }

    private static Paragraph heading(String text) {
        Paragraph p = new Paragraph(text, f(12, Font.BOLD));
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        return p;
    }

    private static Paragraph text(String text) {
        Paragraph p = new Paragraph(text == null ? "" : text, f(10.5f, Font.NORMAL));
        p.setLeading(17);
        return p;
    }

    private static PdfPCell cell(String text, boolean head) {
        return cell(text, head, head ? 10 : 9.5f);
    }

    private static PdfPCell cell(String text, boolean head, float size) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, f(size, head ? Font.BOLD : Font.NORMAL)));
        c.setPadding(4);
        if (head) {
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            c.setGrayFill(0.92f);
        }
        return c;
    }

    /** Label–value pairs in a four-column grid (label, value, label, value). */
    private static PdfPTable grid(List<String[]> pairs) throws DocumentException {
        PdfPTable t = new PdfPTable(new float[] {1.1f, 2f, 1.1f, 2f});
        t.setWidthPercentage(100);
        for (String[] p : pairs) {
            t.addCell(cell(p[0], true));
            t.addCell(cell(p[1], false));
        }
        if (pairs.size() % 2 == 1) {
            t.addCell(cell("", false));
            t.addCell(cell("", false));
        }
        return t;
    }

    private String idOf(Party p, boolean full) {
        return p.idNumber() == null ? "" : full ? p.idNumber() : Masking.idNumber(p.idNumber());
    }

    private String phoneOf(String phone, boolean full) {
        return phone == null ? "" : full ? phone : Masking.phone(phone);
    }

    private MediationCase load(UUID caseId) {
        return cases.get(caseId).orElseThrow(() -> new IllegalArgumentException("no case " + caseId));
    }

    private PdfPTable partiesTable(MediationCase c, boolean full) throws DocumentException {
        PdfPTable t = new PdfPTable(new float[] {0.9f, 1f, 0.6f, 2.1f, 1.4f, 2.2f});
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (String h : List.of("field.party.role", "field.party.name", "field.party.gender", "field.party.idNumber", "field.party.phone",
                "field.party.address")) {
            t.addCell(cell(m.get(h), true));
        }
        for (Party p : c.draft().parties()) {
            t.addCell(cell(m.label(p.role()), false));
            t.addCell(cell(p.name(), false));
            t.addCell(cell(p.gender() == null ? "" : m.label(p.gender()), false));
            t.addCell(cell(idOf(p, full), false));
            t.addCell(cell(phoneOf(p.phone(), full), false));
            t.addCell(cell(p.address(), false));
        }
        return t;
    }

    /** 案件摘要: number, parties, summary, the path, agreement, performance and follow-up. */
    public byte[] caseSummary(UUID caseId, boolean full) {
        MediationCase c = load(caseId);
        PathState p = path.path(caseId);
        ReferenceData ref = reference.load();
        if (full) {
            cases.recordFullPrint(caseId, m.get("paper.caseSummary"));
        }
        return write(PageSize.A4, doc -> {
            Sections sec = new Sections(doc);
            doc.add(title(m.get("paper.caseSummary")));
            Paragraph no = new Paragraph(c.caseNumber(), f(11, Font.NORMAL));
            no.setAlignment(Element.ALIGN_RIGHT);
            no.setSpacingAfter(8);
            doc.add(no);
            var d = c.draft();
            doc.add(grid(List.of(
                    new String[] {m.get("field.source"), m.label(d.source())},
                    new String[] {m.get("field.disputeType"), ref.type(d.disputeTypeId()).map(t -> t.name()).orElse("")},
                    new String[] {m.get("field.unit"), ref.unit(d.unitId()).map(u -> u.name()).orElse("")},
                    new String[] {m.get("field.receivedDate"), d.receivedDate().toString()},
                    new String[] {m.get("field.mediator"), d.mediatorId() == null ? "" : ref.staffMember(d.mediatorId()).map(s -> s.name()).orElse("")},
                    new String[] {m.get("col.status"), m.label(c.status())},
                    new String[] {m.get("field.peopleInvolved"), String.valueOf(d.peopleInvolved())},
                    new String[] {m.get("field.amountInvolved"), d.amountInvolved() == null ? "" : yuan(d.amountInvolved())})));
            sec.heading(heading(m.get("paper.parties")));
            sec.add(partiesTable(c, full));
            sec.heading(heading(m.get("field.summary")));
            sec.add(text(d.summary()));
            if (d.requests() != null && !d.requests().isBlank()) {
                sec.heading(heading(m.get("field.requests")));
                sec.add(text(d.requests()));
            }
            sec.heading(heading(m.get("paper.timeline")));
            PdfPTable tl = new PdfPTable(new float[] {1.1f, 1.6f, 4.3f});
            tl.setWidthPercentage(100);
            tl.setHeaderRows(1);
            tl.addCell(cell(m.get("col.date"), true));
            tl.addCell(cell(m.get("paper.step"), true));
            tl.addCell(cell(m.get("paper.detail"), true));
            for (TimelineEntry e : path.timeline(p)) {
                tl.addCell(cell(e.date() == null ? "" : e.date().toString(), false));
                tl.addCell(cell(e.title(), false));
                tl.addCell(cell(e.detail(), false));
            }
            sec.add(tl);
            Agreement a = p.agreement();
            if (a != null) {
                sec.heading(heading(m.get("paper.agreement")));
                sec.add(text(m.get("paper.agreementLine", a.written() ? m.get("paper.written") : m.get("paper.oral"), a.reachedDate(),
                        a.amount() == null ? "—" : yuan(a.amount()), a.performanceDeadline() == null ? "—" : a.performanceDeadline().toString())));
                sec.add(text(a.terms()));
            }
            if (!p.performances().isEmpty()) {
                sec.heading(heading(m.get("paper.performance")));
                for (Performance x : p.performances()) {
                    sec.add(text(x.date() + "  " + m.label(x.status()) + (x.notes() == null ? "" : "  " + x.notes())));
                }
            }
            if (!p.followUps().isEmpty()) {
                sec.heading(heading(m.get("paper.followUps")));
                for (FollowUp x : p.followUps()) {
                    sec.add(text(x.date() + "  " + m.label(x.satisfaction())));
                }
            }
            Paragraph made = new Paragraph(m.get("paper.madeOn", reference.load().township(), cases.today()), f(9, Font.NORMAL));
            made.setAlignment(Element.ALIGN_RIGHT);
            made.setSpacingBefore(18);
            sec.end(made);
        });
    }

    /** 人民调解协议书: parties, the dispute, facts and responsibilities, terms, performance, signatures and seal. */
    public byte[] agreement(UUID caseId, boolean full) {
        MediationCase c = load(caseId);
        PathState p = path.path(caseId);
        Agreement a = p.agreement();
        if (a == null) {
            throw new org.mediationledger.model.ValidationException(List.of(
                    org.mediationledger.model.Problem.error("agreement", "error.noAgreement")));
        }
        if (full) {
            cases.recordFullPrint(caseId, m.get("paper.agreementTitle"));
        }
        String township = reference.load().township();
        return write(PageSize.A4, doc -> {
            Sections sec = new Sections(doc);
            doc.add(title(m.get("paper.agreementTitle")));
            Paragraph no = new Paragraph(c.caseNumber(), f(11, Font.NORMAL));
            no.setAlignment(Element.ALIGN_RIGHT);
            doc.add(no);
            sec.heading(heading(m.get("paper.parties")));
            sec.add(partiesTable(c, full));
            sec.heading(heading(m.get("paper.disputeFacts")));
            sec.add(text(c.draft().summary()));
            sec.heading(heading(m.get("paper.factsAndResponsibilities")));
            sec.add(text(a.factsAndResponsibilities() == null ? "" : a.factsAndResponsibilities()));
            sec.heading(heading(m.get("paper.terms")));
            sec.add(text(a.terms()));
            sec.heading(heading(m.get("paper.performanceTerms")));
            sec.add(text(m.get("paper.performanceLine", a.performanceManner() == null ? "—" : a.performanceManner(),
                    a.performanceDeadline() == null ? "—" : a.performanceDeadline().toString(), a.amount() == null ? "—" : yuan(a.amount()))));
            // the window for judicial confirmation is Agreement's rule, written in words on the paper ("三十日")
            sec.add(text(m.get("paper.effect", m.numberInWords(org.mediationledger.model.Agreement.CONFIRMATION_DAYS))));
            Paragraph signs = new Paragraph("", f(11, Font.NORMAL));
            signs.setSpacingBefore(24);
            signs.setLeading(30);
            for (Party x : c.draft().parties()) {
                signs.add(new Chunk(m.get("paper.signParty", m.label(x.role()), x.name()) + "\n", f(11, Font.NORMAL)));
            }
            signs.add(new Chunk(m.get("paper.signMediatorNamed", mediatorsOf(c, p)) + "\n", f(11, Font.NORMAL)));
            signs.add(new Chunk(m.get("paper.seal", township) + "\n", f(11, Font.NORMAL)));
            signs.add(new Chunk(m.get("paper.signDate", a.reachedDate()) + "\n", f(11, Font.NORMAL)));
            Paragraph copies = new Paragraph(m.get("paper.copies", c.draft().parties().size() + 1), f(9, Font.NORMAL));
            copies.setSpacingBefore(12);
            sec.end(signs, copies);
        });
    }

    /** Who mediated to the agreement: the mediators of the last successful attempt, else the case's mediator. */
    private String mediatorsOf(MediationCase c, PathState p) {
        var ref = reference.load();
        List<UUID> ids = p.attempts().stream().filter(x -> x.result() == org.mediationledger.model.AttemptResult.SUCCESS)
                .reduce((x, y) -> y).map(org.mediationledger.model.MediationAttempt::mediatorIds).orElse(List.of());
        if (ids.isEmpty() && c.draft().mediatorId() != null) {
            ids = List.of(c.draft().mediatorId());
        }
        return String.join("、", ids.stream().map(id -> ref.staffMember(id).map(s -> s.name()).orElse("")).filter(n -> !n.isEmpty()).toList());
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

    private static Paragraph right(String text) {
        Paragraph p = new Paragraph(text, f(11, Font.NORMAL));
        p.setAlignment(Element.ALIGN_RIGHT);
        p.setSpacingAfter(8);
        return p;
    }

    private static Paragraph signLines(String... lines) {
        Paragraph p = new Paragraph("", f(11, Font.NORMAL));
        p.setSpacingBefore(24);
        p.setLeading(30);
        for (String l : lines) {
            p.add(new Chunk(l + "\n", f(11, Font.NORMAL)));
        }
        return p;
    }

    private List<String[]> caseGrid(MediationCase c, ReferenceData ref) {
        var d = c.draft();
        return List.of(new String[] {m.get("col.caseNumber"), c.caseNumber()}, new String[] {m.get("field.receivedDate"), d.receivedDate().toString()},
                new String[] {m.get("field.source"), m.label(d.source())},
                new String[] {m.get("field.disputeType"), ref.type(d.disputeTypeId()).map(t -> t.name()).orElse("")},
                new String[] {m.get("field.unit"), ref.unit(d.unitId()).map(u -> u.name()).orElse("")},
                new String[] {m.get("field.grid"), d.gridId() == null ? "" : ref.grid(d.gridId()).map(g -> g.name()).orElse("")},
                new String[] {m.get("field.peopleInvolved"), String.valueOf(d.peopleInvolved())},
                new String[] {m.get("field.amountInvolved"), d.amountInvolved() == null ? "" : yuan(d.amountInvolved())},
                new String[] {m.get("field.riskLevel"), m.label(d.riskLevel())},
                new String[] {m.get("field.mediator"), d.mediatorId() == null ? "" : ref.staffMember(d.mediatorId()).map(s -> s.name()).orElse("")});
    }

    /** 人民调解受理登记表: the intake as registered, with the signatures of who registered and who accepted. */
    public byte[] acceptanceRegister(UUID caseId, boolean full) {
        MediationCase c = load(caseId);
        ReferenceData ref = reference.load();
        if (full) {
            cases.recordFullPrint(caseId, m.get("paper.acceptance"));
        }
        return write(PageSize.A4, doc -> {
            doc.add(title(m.get("paper.acceptance")));
            doc.add(grid(caseGrid(c, ref)));
            doc.add(heading(m.get("paper.parties")));
            doc.add(partiesTable(c, full));
            doc.add(heading(m.get("field.summary")));
            doc.add(text(c.draft().summary()));
            doc.add(heading(m.get("field.requests")));
            doc.add(text(c.draft().requests() == null ? "" : c.draft().requests()));
            doc.add(signLines(m.get("paper.signRegistrar"), m.get("paper.signAcceptor"), m.get("paper.signDate", c.draft().receivedDate())));
        });
    }

    /** 人民调解记录: every session — when, where, who, what each side said, the facts found, the result — with signatures. */
    public byte[] mediationRecord(UUID caseId) {
        MediationCase c = load(caseId);
        PathState p = path.path(caseId);
        ReferenceData ref = reference.load();
        return write(PageSize.A4, doc -> {
            doc.add(title(m.get("paper.record")));
            doc.add(right(c.caseNumber()));
            if (p.attempts().isEmpty()) {
                doc.add(text(m.get("paper.noAttempts")));
            }
            int n = 1;
            for (var a : p.attempts()) {
                doc.add(heading(m.get("paper.session", n++, a.date(), m.label(a.level()), m.label(a.kind()))));
                String mediators = String.join("、", a.mediatorIds().stream().map(id -> ref.staffMember(id).map(s -> s.name()).orElse("")).toList());
                doc.add(grid(List.of(new String[] {m.get("field.place"), a.place() == null ? "" : a.place()},
                        new String[] {m.get("paper.mediators"), mediators},
                        new String[] {m.get("field.otherParticipants"), a.otherParticipants() == null ? "" : a.otherParticipants()},
                        new String[] {m.get("field.result"), m.label(a.result())})));
                doc.add(text(m.get("field.applicantStatement") + "：" + (a.applicantStatement() == null ? "" : a.applicantStatement())));
                doc.add(text(m.get("field.respondentStatement") + "：" + (a.respondentStatement() == null ? "" : a.respondentStatement())));
                doc.add(text(m.get("field.facts") + "：" + (a.facts() == null ? "" : a.facts())));
            }
            doc.add(signLines(m.get("paper.signParties"), m.get("paper.signMediator"), m.get("paper.signRecorder")));
        });
    }

    /** 卷宗封面 and 卷内目录: the cover of the case file and the list of the papers it holds. */
    public byte[] fileCover(UUID caseId) {
        MediationCase c = load(caseId);
        PathState p = path.path(caseId);
        ReferenceData ref = reference.load();
        String township = ref.township();
        LocalDate closed = p.status().isOpen() ? null : path.timeline(p).stream().map(TimelineEntry::date)
                .filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        return write(PageSize.A4, doc -> {
            Paragraph top = new Paragraph(m.get("paper.coverCommittee", township), f(14, Font.NORMAL));
            top.setAlignment(Element.ALIGN_CENTER);
            top.setSpacingBefore(60);
            doc.add(top);
            Paragraph big = new Paragraph(m.get("paper.coverTitle"), f(30, Font.BOLD));
            big.setAlignment(Element.ALIGN_CENTER);
            big.setSpacingBefore(30);
            big.setSpacingAfter(50);
            doc.add(big);
            PdfPTable t = new PdfPTable(new float[] {1f, 3f});
            t.setWidthPercentage(80);
            String names = String.join("、", c.draft().parties().stream().map(Party::name).toList());
            for (String[] row : List.of(new String[] {m.get("col.caseNumber"), c.caseNumber()},
                    new String[] {m.get("paper.cause"), ref.type(c.draft().disputeTypeId()).map(x -> x.name()).orElse("")},
                    new String[] {m.get("paper.parties"), names},
                    new String[] {m.get("field.receivedDate"), c.draft().receivedDate().toString()},
                    new String[] {m.get("paper.closedDate"), closed == null ? "" : closed.toString()},
                    new String[] {m.get("paper.result"), m.label(c.status())},
                    new String[] {m.get("field.mediator"), c.draft().mediatorId() == null ? ""
                            : ref.staffMember(c.draft().mediatorId()).map(s -> s.name()).orElse("")},
                    new String[] {m.get("paper.keep"), m.get("paper.keepLong")})) {
                PdfPCell a = cell(row[0], true);
                a.setPadding(9);
                PdfPCell b = cell(row[1], false);
                b.setPadding(9);
                t.addCell(a);
                t.addCell(b);
            }
            doc.add(t);
            doc.newPage();
            doc.add(title(m.get("paper.contents")));
            PdfPTable toc = new PdfPTable(new float[] {0.6f, 4f, 1f});
            toc.setWidthPercentage(100);
            toc.setHeaderRows(1);
            toc.addCell(cell(m.get("paper.no"), true));
            toc.addCell(cell(m.get("paper.document"), true));
            toc.addCell(cell(m.get("paper.pages"), true));
            List<String> docs = new java.util.ArrayList<>(List.of(m.get("paper.acceptance")));
            if (!p.attempts().isEmpty()) {
                docs.add(m.get("paper.record"));
            }
            if (p.agreement() != null) {
                docs.add(m.get("paper.agreementTitle"));
            }
            if (!p.performances().isEmpty()) {
                docs.add(m.get("paper.performance"));
            }
            if (!p.followUps().isEmpty()) {
                docs.add(m.get("paper.followUps"));
            }
            docs.add(m.get("paper.caseSummary"));
            for (int i = 0; i < docs.size(); i++) {
                toc.addCell(cell(String.valueOf(i + 1), false));
                toc.addCell(cell(docs.get(i), false));
                toc.addCell(cell("", false));
            }
            doc.add(toc);
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

    private static String yuan(BigDecimal amount) {
        return String.format("%,.2f 元", amount);
    }

}
