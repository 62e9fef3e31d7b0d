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
    public static final String[] COLUMNS = {"number", "date", "unitGrid", "type", "parties", "summary", "people", "amount",
        "risk", "leader", "responsible", "measures", "deadline", "result", "notes"};

    private LedgerExport() {
    }

    public static List<String> head(Messages m) {
        return java.util.Arrays.stream(COLUMNS).map(c -> m.get("ledger.col." + c)).toList();
    }

    public static List<String> values(Messages m, LedgerRow r) {
        return List.of(String.valueOf(r.number()), r.date().toString(),
                r.grid().isEmpty() ? r.unit() : r.unit() + "/" + (r.grid().startsWith(r.unit()) ? r.grid().substring(r.unit().length()) : r.grid()), r.disputeType(), r.parties(), r.summary(),
                r.peopleInvolved() == null ? "" : r.peopleInvolved().toString(),
                r.amountInvolved() == null ? "" : r.amountInvolved().stripTrailingZeros().toPlainString(),
                r.riskLevel() == null ? "" : m.label(r.riskLevel()), r.leader(), r.responsible(), r.measures(), r.deadline(),
                r.result(), r.notes());
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
