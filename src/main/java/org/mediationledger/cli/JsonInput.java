package org.mediationledger.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A command that reads JSON (--file): which fields it takes. Its --help lists them (built from the input record, so
 * the help cannot drift from what is read), and docs/cli-json.md is checked against the same list in the tests.
 */
interface JsonInput {
    /** The record the file is read into. */
    Class<?> jsonType();

    /** The fields this command uses: all of the record's unless a command uses only some. */
    default List<String> jsonFields() {
        return Arrays.stream(jsonType().getRecordComponents()).map(c -> c.getName()).toList();
    }

    /** Allowed values of fields that take a fixed set (enum names; the Chinese labels are accepted too). */
    default Map<String, Class<? extends Enum<?>>> jsonChoices() {
        return Map.of();
    }

    /** The fields without which the command refuses the file. */
    default List<String> jsonRequired() {
        return List.of();
    }
}
