package org.mediationledger.cli;

import java.util.List;

/** A plain text table for the terminal; Chinese characters take two columns. */
final class Table {
    private Table() {
    }

    static String render(List<String> head, List<List<String>> rows) {
        int[] w = new int[head.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = width(head.get(i));
            for (List<String> r : rows) {
                w[i] = Math.max(w[i], width(r.get(i)));
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, head, w);
        for (int i = 0; i < w.length; i++) {
            sb.append("-".repeat(w[i])).append(i < w.length - 1 ? "  " : System.lineSeparator());
        }
        rows.forEach(r -> line(sb, r, w));
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] w) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i) == null ? "" : cells.get(i);
            sb.append(c);
            if (i < cells.size() - 1) {
                sb.append(" ".repeat(w[i] - width(c) + 2));
            }
        }
        sb.append(System.lineSeparator());
    }

    static int width(String s) {
        if (s == null) {
            return 0;
        }
        return s.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x3000 && cp <= 0x303F) ? 2 : 1).sum();
    }
}
