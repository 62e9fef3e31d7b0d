package org.mediationledger.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mediationledger.model.LedgerRow;
import org.mediationledger.model.Messages;

/** The screening ledger's standard columns (矛盾纠纷排查化解台账), for the screen, the command line and CSV. */
public final class LedgerExport {
    /**
     * One column of the ledger, defined once for every place that shows it (screen, CSV, the command line's table, the
     * PDF): its key (the title is the bundle's ledger.col.KEY), its share of the paper's width, its width on screen in
     * pixels, and its text in a row. A column added here appears everywhere, with its width, or nowhere.
     */
    public record Column(String key, float paperWidth, double screenWidth, java.util.function.BiFunction<Messages, LedgerRow, String> text) {
    }

    // paper widths that fit their content: dates (排查日期, 化解时限) on one line, 涉及金额（元） on two at most
    public static final List<Column> COLUMNS = List.of(
            new Column("number", 0.75f, 50, (m, r) -> String.valueOf(r.number())),
            new Column("date", 1.35f, 100, (m, r) -> r.date().toString()),
            new Column("unitGrid", 1.2f, 170, (m, r) -> unitGrid(r)),
            new Column("type", 1.1f, 90, (m, r) -> r.disputeType()),
            new Column("parties", 1.4f, 200, (m, r) -> r.parties()),
            new Column("summary", 2.4f, 260, (m, r) -> r.summary()),
            new Column("people", 0.8f, 70, (m, r) -> r.peopleInvolved() == null ? "" : r.peopleInvolved().toString()),
            new Column("amount", 1.1f, 90, (m, r) -> r.amountInvolved() == null ? "" : r.amountInvolved().stripTrailingZeros().toPlainString()),
            new Column("risk", 0.8f, 70, (m, r) -> r.riskLevel() == null ? "" : m.label(r.riskLevel())),
            new Column("leader", 0.85f, 80, (m, r) -> r.leader()),
            new Column("responsible", 0.9f, 90, (m, r) -> r.responsible()),
            new Column("measures", 1.2f, 180, (m, r) -> r.measures()),
            new Column("deadline", 1.35f, 80, (m, r) -> r.deadline()),
            new Column("result", 0.85f, 80, (m, r) -> r.result()),
            new Column("notes", 0.8f, 80, (m, r) -> r.notes()));

    private LedgerExport() {
    }

    /** 东山村/第1网格: the grid without the unit's name it usually starts with. */
    private static String unitGrid(LedgerRow r) {
        return r.grid().isEmpty() ? r.unit()
                : r.unit() + "/" + (r.grid().startsWith(r.unit()) ? r.grid().substring(r.unit().length()) : r.grid());
    }

    public static String title(Messages m, Column c) {
        return m.get("ledger.col." + c.key());
    }

    public static List<String> head(Messages m) {
        return COLUMNS.stream().map(c -> title(m, c)).toList();
    }

    public static List<String> values(Messages m, LedgerRow r) {
        return COLUMNS.stream().map(c -> c.text().apply(m, r)).toList();
    }

    /** The columns' shares of the paper's width, in their order. */
    public static float[] paperWidths() {
        float[] w = new float[COLUMNS.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = COLUMNS.get(i).paperWidth();
        }
        return w;
    }

    /**
     * One row for machines, under fixed English keys whatever the language, numbers as numbers, the risk level by its
     * name, the round's, finding's and case's ids (null where there is none; a zero report has no finding).
     */
    public static java.util.Map<String, Object> json(LedgerRow r) {
        java.util.Map<String, Object> o = new java.util.LinkedHashMap<>();
        o.put("number", r.number());
        o.put("date", r.date().toString());
        o.put("unit", r.unit());
        o.put("grid", r.grid());
        o.put("disputeType", r.disputeType());
        o.put("parties", r.parties());
        o.put("summary", r.summary());
        o.put("peopleInvolved", r.peopleInvolved());
        o.put("amountInvolvedYuan", r.amountInvolved());
        o.put("riskLevel", r.riskLevel() == null ? null : r.riskLevel().name());
        o.put("leader", r.leader());
        o.put("responsible", r.responsible());
        o.put("measures", r.measures());
        o.put("deadline", r.deadline());
        o.put("result", r.result());
        o.put("notes", r.notes());
        o.put("roundId", r.roundId() == null ? null : r.roundId().toString());
        o.put("findingId", r.findingId() == null ? null : r.findingId().toString());
        o.put("caseId", r.caseId() == null ? null : r.caseId().toString());
        return o;
    }

    /** Writes the ledger as CSV in UTF-8 with a byte-order mark, so that Excel opens the Chinese text right. */
    public static void writeCsv(List<LedgerRow> rows, Path file, Messages m) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter p = new CSVPrinter(w, CSVFormat.EXCEL)) {
            w.write('\uFEFF');
            p.printRecord(head(m));
            for (LedgerRow r : rows) {
                p.printRecord(values(m, r).stream().map(v -> org.mediationledger.model.SpreadsheetCell.safe(v)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
