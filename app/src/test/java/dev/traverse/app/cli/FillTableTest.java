package dev.traverse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.cli.FillTable.Row;
import dev.traverse.app.cli.FillTable.Share;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FillTableTest {

    private static Row row(String name, int usedCpu) {
        return new Row(name, 4, usedCpu > 0 ? 1 : 0, usedCpu, new Share(BigDecimal.valueOf(usedCpu), BigDecimal.TEN),
                new Share(BigDecimal.ZERO, BigDecimal.ZERO));
    }

    private static List<String> print(List<Row> rows) {
        StringWriter text = new StringWriter();
        FillTable.print(new PrintWriter(text, true), rows);
        return text.toString().lines().toList();
    }

    @Test
    void aShortTableShowsEveryRowInTopologyOrder() {
        List<String> lines = print(List.of(row("aks-weu", 2), row("store-017 devices", 5)));

        assertThat(lines).containsExactly(
                "  fill                hosts used  replicas   cpu  memory",
                "  aks-weu                    1/4         2   20%       -",
                "  store-017 devices          1/4         5   50%       -");
    }

    @Test
    void aLongTableShowsTheFullestRowsAndSumsUpTheRest() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(row("store-" + i + "-k3s", i % 10));
        }

        List<String> lines = print(rows);

        assertThat(lines).hasSize(1 + FillTable.MAX_ROWS + 1);
        assertThat(lines.get(0)).startsWith("  fill, fullest 12 of 40");
        assertThat(lines.subList(1, 5)).allMatch(l -> l.contains(" 90% "));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("  ... and 28 more, together 30% cpu and - memory used,"
                + " 84 replicas");
    }

    @Test
    void aTableJustOverTheLimitIsNotCut() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < FillTable.CUT_AFTER; i++) {
            rows.add(row("c" + i, 1));
        }

        assertThat(print(rows)).hasSize(1 + FillTable.CUT_AFTER);
    }
}
