package org.dialtone.tck.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The human report of a run: one row per area with how many tests passed, failed, were not
 * supported or skipped, then the failures and the reasons for the rest. As a plain-text table for
 * terminals and as Markdown.
 */
public final class TckReport {
    /** The file name of the Markdown report in a report directory. */
    public static final String MARKDOWN = "tck-report.md";
    /** The file name of the plain-text report in a report directory. */
    public static final String TEXT = "tck-report.txt";

    private static final List<String> COLUMNS = List.of("Area", "Tests", Outcome.PASSED.title(),
            Outcome.FAILED.title(), Outcome.NOT_SUPPORTED.title(), Outcome.SKIPPED.title());

    private TckReport() {
    }

    /** The report as plain text: a table aligned with spaces, then the notes. */
    public static String text(TckResult result) {
        List<List<String>> rows = rows(result);
        int[] widths = new int[COLUMNS.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder b = new StringBuilder();
        b.append("JTAPI conformance kit: ").append(result.subject()).append('\n');
        b.append(summary(result)).append("\n\n");
        for (int r = 0; r < rows.size(); r++) {
            if (r == 1 || r == rows.size() - 1) {
                b.append(rule(widths)).append('\n');
            }
            List<String> row = rows.get(r);
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                b.append(i == 0 ? pad(cell, widths[i]) : padLeft(cell, widths[i]));
                b.append(i == row.size() - 1 ? "\n" : "  ");
            }
        }
        notes(result, b, "");
        return b.toString();
    }

    /** The report as Markdown: a heading, the table, then the notes as lists. */
    public static String markdown(TckResult result) {
        List<List<String>> rows = rows(result);
        StringBuilder b = new StringBuilder();
        b.append("# JTAPI conformance kit: ").append(result.subject()).append("\n\n");
        b.append(summary(result)).append("\n\n");
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = new ArrayList<>(rows.get(r));
            if (r == rows.size() - 1) {
                row.replaceAll(cell -> "**" + cell + "**");
            }
            b.append("| ").append(String.join(" | ", row.stream().map(TckReport::escape).toList())).append(" |\n");
            if (r == 0) {
                b.append("|---|").append("---:|".repeat(COLUMNS.size() - 1)).append('\n');
            }
        }
        notes(result, b, "## ");
        return b.toString();
    }

    /** Writes {@link #TEXT} and {@link #MARKDOWN} into {@code directory}, creating it if needed. */
    public static void write(TckResult result, Path directory) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(TEXT), text(result), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(MARKDOWN), markdown(result), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + directory, e);
        }
    }

    private static String summary(TckResult result) {
        Map<Outcome, Integer> t = result.totals();
        return String.format(Locale.ROOT, "%d tests in %.1f s: %d passed, %d failed, %d not supported, %d skipped.",
                result.records().size(), result.elapsed().toMillis() / 1000.0, t.get(Outcome.PASSED),
                t.get(Outcome.FAILED), t.get(Outcome.NOT_SUPPORTED), t.get(Outcome.SKIPPED));
    }

    private static List<List<String>> rows(TckResult result) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(COLUMNS);
        result.byArea().forEach((area, counts) -> rows.add(row(area, counts)));
        rows.add(row("Total", result.totals()));
        return rows;
    }

    private static List<String> row(String name, Map<Outcome, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<String> row = new ArrayList<>();
        row.add(name);
        row.add(Integer.toString(total));
        for (Outcome o : Outcome.values()) {
            row.add(Integer.toString(counts.get(o)));
        }
        return row;
    }

    /** Failures one per line; the reasons for "not supported" and "skipped" grouped with their counts. */
    private static void notes(TckResult result, StringBuilder b, String heading) {
        List<TestRecord> failed = result.with(Outcome.FAILED);
        if (!failed.isEmpty()) {
            b.append('\n').append(heading).append("Failures\n\n");
            for (TestRecord r : failed) {
                b.append("- ").append(r.area()).append(" / ").append(r.testClass()).append('.').append(r.test())
                        .append(": ").append(r.firstLine()).append('\n');
            }
        }
        grouped(result, Outcome.NOT_SUPPORTED, "Not supported (declared by the provider's capabilities)", heading, b);
        grouped(result, Outcome.SKIPPED, "Skipped (the harness lacks what they need)", heading, b);
    }

    private static void grouped(TckResult result, Outcome outcome, String title, String heading, StringBuilder b) {
        Map<String, Integer> reasons = new LinkedHashMap<>();
        result.with(outcome).forEach(r -> reasons.merge(r.firstLine(), 1, Integer::sum));
        if (reasons.isEmpty()) {
            return;
        }
        b.append('\n').append(heading).append(title).append("\n\n");
        reasons.forEach((reason, n) -> b.append("- ").append(n).append(n == 1 ? " test: " : " tests: ")
                .append(reason).append('\n'));
    }

    private static String rule(int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            b.append("-".repeat(widths[i]));
            if (i < widths.length - 1) {
                b.append("  ");
            }
        }
        return b.toString();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }

    private static String padLeft(String s, int width) {
        return " ".repeat(width - s.length()) + s;
    }

    private static String escape(String cell) {
        return cell.replace("|", "\\|");
    }
}
