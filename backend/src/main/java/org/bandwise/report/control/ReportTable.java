package org.bandwise.report.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One table of a report as its downloads hold it: a name (the XLSX sheet), column headings and rows
 * of cells. A cell is text, a whole number, a decimal or empty (null: suppressed or not
 * applicable).
 */
public record ReportTable(String name, List<String> headings, List<List<Object>> rows) {

  public ReportTable {
    Objects.requireNonNull(name, "name");
    headings = List.copyOf(headings);
    rows = List.copyOf(rows);
  }

  /** Builds a table row by row. */
  public static final class Builder {
    private final String name;
    private final List<String> headings;
    private final List<List<Object>> rows = new ArrayList<>();

    public Builder(String name, String... headings) {
      this.name = name;
      this.headings = List.of(headings);
    }

    public Builder row(Object... cells) {
      if (cells.length != headings.size()) {
        throw new IllegalArgumentException(
            name + " has " + headings.size() + " columns, not " + cells.length);
      }
      rows.add(java.util.Collections.unmodifiableList(new ArrayList<>(Arrays.asList(cells))));
      return this;
    }

    public ReportTable build() {
      return new ReportTable(name, headings, rows);
    }
  }
}
