package org.mediationledger.service;

import static org.mediationledger.service.PdfKit.cell;
import static org.mediationledger.service.PdfKit.f;
import static org.mediationledger.service.PdfKit.grid;
import static org.mediationledger.service.PdfKit.heading;
import static org.mediationledger.service.PdfKit.right;
import static org.mediationledger.service.PdfKit.signLines;
import static org.mediationledger.service.PdfKit.text;
import static org.mediationledger.service.PdfKit.title;
import static org.mediationledger.service.PdfKit.yuan;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.mediationledger.model.Agreement;
import org.mediationledger.model.FollowUp;
import org.mediationledger.model.Masking;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Party;
import org.mediationledger.model.PathState;
import org.mediationledger.model.Performance;
import org.mediationledger.model.TimelineEntry;
import org.mediationledger.service.PdfKit.DocumentBody;
import org.mediationledger.service.PdfKit.Sections;

/**
 * The papers of one case: the summary (案件摘要), the people's mediation agreement (人民调解协议书), the acceptance
 * register (受理登记表), the record of mediation (调解记录) and the file cover with its contents (卷宗封面、目录).
 * ID numbers and phones are masked unless printing in full was chosen; the agreement prints them in full by default.
 */
final class CasePapers {
    private final CaseService cases;
    private final PathService path;
    private final ReferenceService reference;
    private final Messages m;

    CasePapers(CaseService cases, PathService path, ReferenceService reference, Messages m) {
        this.cases = cases;
        this.path = path;
        this.reference = reference;
        this.m = m;
    }

    private byte[] write(Rectangle size, DocumentBody body) {
        return PdfKit.write(m, size, body);
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
}
