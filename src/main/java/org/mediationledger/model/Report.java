package org.mediationledger.model;

import java.util.List;

/** A report as tables: each sheet has a name, a title, a header row and its rows of text, the same on screen and in files. */
public record Report(String title, List<Sheet> sheets) {

    public record Sheet(String name, String title, List<String> head, List<List<String>> rows) {
    }
}
