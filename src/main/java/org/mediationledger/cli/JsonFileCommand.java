package org.mediationledger.cli;

import java.util.List;

/** A ledger command that reads a JSON file into one record type; its help lists the fields and which are required. */
abstract class JsonFileCommand extends LedgerCommand implements JsonInput {
    private final Class<?> type;
    private final List<String> required;

    JsonFileCommand(Class<?> type, String... required) {
        this.type = type;
        this.required = List.of(required);
    }

    @Override
    public Class<?> jsonType() {
        return type;
    }

    @Override
    public List<String> jsonRequired() {
        return required;
    }
}
