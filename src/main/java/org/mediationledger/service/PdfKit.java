package org.mediationledger.service;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
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
import java.util.ArrayList;
import java.util.List;
import org.mediationledger.model.Messages;

/**
 * The PDF toolkit the papers share (OpenPDF): the shipped CJK font, A4 documents stamped "第 X 页 共 Y 页", titles,
 * headings, text, table cells, label/value grids, signature lines and sections that keep a paper's closing lines with
 * its last content. No data and no services: PaperService fills the papers.
 */
final class PdfKit {
    private static final String FONT = "/fonts/wqy-microhei.ttc";
    private static volatile BaseFont baseFont;

    private PdfKit() {
    }

    /** The shipped CJK font, loaded once; a clear message if the program was packed without it. */
    static BaseFont font() {
        if (baseFont == null) {
            synchronized (PdfKit.class) {
                if (baseFont == null) {
                    try (InputStream in = PdfKit.class.getResourceAsStream(FONT)) {
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

    static Font f(float size, int style) {
        return new Font(font(), size, style);
    }

    /** Writes the document, then stamps "第 X 页 共 Y 页" at the foot of every page. */
    static byte[] write(Messages m, Rectangle size, DocumentBody body) {
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
    static final class Sections {
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

    interface DocumentBody {
        void write(Document doc) throws DocumentException;
    }

    static Paragraph title(String text) {
        Paragraph p = new Paragraph(text, f(18, Font.BOLD));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(14);
        return p;
    }

    static Paragraph heading(String text) {
        Paragraph p = new Paragraph(text, f(12, Font.BOLD));
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        return p;
    }

    static Paragraph text(String text) {
        Paragraph p = new Paragraph(text == null ? "" : text, f(10.5f, Font.NORMAL));
        p.setLeading(17);
        return p;
    }

    static PdfPCell cell(String text, boolean head) {
        return cell(text, head, head ? 10 : 9.5f);
    }

    static PdfPCell cell(String text, boolean head, float size) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, f(size, head ? Font.BOLD : Font.NORMAL)));
        c.setPadding(4);
        if (head) {
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            c.setGrayFill(0.92f);
        }
        return c;
    }

    /** Label–value pairs in a four-column grid (label, value, label, value). */
    static PdfPTable grid(List<String[]> pairs) throws DocumentException {
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

    static Paragraph right(String text) {
        Paragraph p = new Paragraph(text, f(11, Font.NORMAL));
        p.setAlignment(Element.ALIGN_RIGHT);
        p.setSpacingAfter(8);
        return p;
    }

    static Paragraph signLines(String... lines) {
        Paragraph p = new Paragraph("", f(11, Font.NORMAL));
        p.setSpacingBefore(24);
        p.setLeading(30);
        for (String l : lines) {
            p.add(new Chunk(l + "\n", f(11, Font.NORMAL)));
        }
        return p;
    }

    static String yuan(BigDecimal amount) {
        return String.format("%,.2f 元", amount);
    }
}
