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
