package org.mediationledger.cli;

import java.util.List;

/** A list as the `--format` asks: a table (with a footer line, if any), CSV, or JSON objects under the given keys. */
final class Output {
    private Output() {
    }

    /**
     * @param keys  the JSON keys of the columns
     * @param idKey with ids, the key of each object's id (JSON only; null for none)
     * @param footer a line under the table (null for none)
     */
    static String render(Format format, List<String> head, List<List<String>> body, List<String> keys, String idKey,
                         List<String> ids, String footer) {
        return switch (format) {
            case table -> Table.render(head, body) + (footer == null ? "" : footer + System.lineSeparator());
            case csv -> Csv.of(head, body);
            case json -> Json.rows(keys.toArray(String[]::new), body, idKey, ids);
        };
    }
}
