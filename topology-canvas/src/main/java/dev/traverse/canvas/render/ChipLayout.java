package dev.traverse.canvas.render;

import dev.traverse.canvas.overlay.Chip;
import dev.traverse.canvas.overlay.ChipStyle;
import java.util.List;

/**
 * Where the chips of one leaf element go, in canvas units relative to its top-left corner: left to right in
 * rows under the label, as many as fit, then a "+N" tag for the rest. Worked out once per element and overlay
 * (text measured then), and reused every frame.
 */
final class ChipLayout {

    static final double GAP = 3;
    static final double TEXT_PAD = 5;

    final Chip[] chips;
    final double[] x;
    final double[] y;
    final double[] w;
    final String[] text;
    final int shown;
    final double height;
    /** How many chips did not fit, 0 when all did; the "+N" tag's box when not. */
    final int more;
    final String moreText;
    final double moreX;
    final double moreY;
    final double moreW;

    private ChipLayout(Chip[] chips, double[] x, double[] y, double[] w, String[] text, int shown, double height,
                       int more, String moreText, double moreX, double moreY, double moreW) {
        this.chips = chips;
        this.x = x;
        this.y = y;
        this.w = w;
        this.text = text;
        this.shown = shown;
        this.height = height;
        this.more = more;
        this.moreText = moreText;
        this.moreX = moreX;
        this.moreY = moreY;
        this.moreW = moreW;
    }

    /** The height of a chip for text of {@code chipSize} canvas units. */
    static double chipHeight(double chipSize) {
        return chipSize + 5;
    }

    /** The width the pin mark takes at the left of a pinned chip. */
    static double pinWidth(double chipHeight) {
        return chipHeight * 0.55;
    }

    /**
     * @param width   the element's width
     * @param height  the element's height
     * @param top     where the first row may start
     * @param bottom  how much room to leave at the bottom (for the bars)
     */
    static ChipLayout of(List<Chip> list, double width, double height, double top, double bottom, double chipSize,
                         TextMetrics metrics) {
        int n = list.size();
        Chip[] chips = list.toArray(new Chip[0]);
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] ws = new double[n];
        String[] text = new String[n];
        double h = chipHeight(chipSize);
        double left = LeafSkin.PAD;
        double right = width - LeafSkin.PAD;
        double last = height - bottom;
        double cx = left;
        double cy = top;
        int shown = 0;
        for (int k = 0; k < n && right - left > h; k++) {
            double pin = chips[k].style() == ChipStyle.PINNED ? pinWidth(h) : 0;
            double cw = Math.min(right - left, metrics.width(chips[k].label(), false, chipSize) + 2 * TEXT_PAD + pin);
            if (cx + cw > right && cx > left) {
                cx = left;
                cy += h + GAP;
            }
            if (cy + h > last) {
                break;
            }
            xs[k] = cx;
            ys[k] = cy;
            ws[k] = cw;
            text[k] = metrics.fit(chips[k].label(), false, chipSize, cw - 2 * TEXT_PAD - pin);
            cx += cw + GAP;
            shown++;
        }
        int more = n - shown;
        String moreText = "";
        double mx = 0;
        double my = 0;
        double mw = 0;
        if (more > 0) {
            // give back chips until the tag fits after the last one shown
            while (true) {
                moreText = "+" + more;
                mw = metrics.width(moreText, false, chipSize) + 2 * TEXT_PAD;
                mx = shown == 0 ? left : xs[shown - 1] + ws[shown - 1] + GAP;
                my = shown == 0 ? top : ys[shown - 1];
                if (shown > 0 && mx + mw > right) {
                    mx = left;
                    my = ys[shown - 1] + h + GAP;
                }
                if ((mx + mw <= right && my + h <= last) || shown == 0) {
                    break;
                }
                shown--;
                more++;
            }
            if (my + h > last || mx + mw > right) {
                mw = 0;
            }
        }
        return new ChipLayout(chips, xs, ys, ws, text, shown, h, more, moreText, mx, my, mw);
    }
}
