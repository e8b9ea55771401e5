package dev.traverse.canvas.render;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Measures text without laying out a node per label: each character's advance is measured once per weight at a
 * reference size (and cached), and a string's width is the sum, scaled to the size asked for. Widths of whole
 * strings are cached too. Kerning is ignored, which the small safety margin of {@link #fit} absorbs.
 * FX thread only.
 */
final class TextMetrics {

    private static final double REFERENCE = 100;
    private static final String ELLIPSIS = "…";
    private static final int MAX_CACHED = 20_000;
    private static final double SLACK = 1.04;

    private final Weight regular;
    private final Weight bold;

    TextMetrics(String family) {
        regular = new Weight(Font.font(family, FontWeight.NORMAL, REFERENCE));
        bold = new Weight(Font.font(family, FontWeight.BOLD, REFERENCE));
    }

    /**
     * The width of {@code s} at {@code size} (any unit: the result is in the same one), a few per cent generous
     * because small rendered text comes out wider than the scaled reference measure.
     */
    double width(String s, boolean isBold, double size) {
        return (isBold ? bold : regular).width(s) * size / REFERENCE;
    }

    /**
     * {@code s} if it fits in {@code maxWidth} at {@code size}, else its longest prefix that fits with an
     * ellipsis, or the empty string when not even one character does.
     */
    String fit(String s, boolean isBold, double size, double maxWidth) {
        Weight w = isBold ? bold : regular;
        double limit = maxWidth * REFERENCE / size + 1e-6;
        if (w.width(s) <= limit) {
            return s;
        }
        double room = limit - w.advance(ELLIPSIS.charAt(0)) * SLACK;
        double used = 0;
        int n = 0;
        while (n < s.length() && used + w.advance(s.charAt(n)) * SLACK <= room) {
            used += w.advance(s.charAt(n)) * SLACK;
            n++;
        }
        return n == 0 ? "" : s.substring(0, n).stripTrailing() + ELLIPSIS;
    }

    /** Advances of one weight at the reference size. */
    private static final class Weight {
        private final Text probe = new Text();
        private final double[] ascii = new double[128];
        private final Map<Character, Double> others = new HashMap<>();
        private final Map<String, Double> strings = new HashMap<>();
        private final double pair;

        Weight(Font font) {
            probe.setFont(font);
            pair = measure("xx");
            for (char c = 32; c < 127; c++) {
                ascii[c] = measure("x" + c + "x") - pair;
            }
        }

        double advance(char c) {
            if (c < 128) {
                return ascii[c];
            }
            return others.computeIfAbsent(c, k -> measure("x" + k + "x") - pair);
        }

        double width(String s) {
            Double cached = strings.get(s);
            if (cached != null) {
                return cached;
            }
            double sum = 0;
            for (int i = 0; i < s.length(); i++) {
                sum += advance(s.charAt(i));
            }
            sum *= SLACK;
            if (strings.size() > MAX_CACHED) {
                strings.clear();
            }
            strings.put(s, sum);
            return sum;
        }

        private double measure(String s) {
            probe.setText(s);
            return probe.getLayoutBounds().getWidth();
        }
    }
}
