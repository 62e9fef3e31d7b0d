package org.mediationledger.model;

import java.util.List;

/**
 * A report as tables: each sheet has a name, a title, a header row and its rows of text, the same on screen and in files;
 * preparedLine is the 填报单位 / 填表人 / 填报日期 line under each table.
 */
public record Report(String title, List<Sheet> sheets, String preparedLine) {

    public Report(String title, List<Sheet> sheets) {
        this(title, sheets, "");
    }

    public record Sheet(String name, String title, List<String> head, List<List<String>> rows) {
    }
}
