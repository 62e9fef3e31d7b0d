package org.mediationledger.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV with correct quoting, every cell safe to open in Excel (no formulas). */
final class Csv {
    private Csv() {
    }

    static String of(List<String> head, List<List<String>> body) {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            p.printRecord(head);
            for (List<String> row : body) {
                p.printRecord(row.stream().map(org.mediationledger.model.SpreadsheetCell::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
