package dev.traverse.canvas.render;

import java.util.Arrays;
import javafx.animation.AnimationTimer;

/**
 * Frame timing for the benchmark mode: while enabled, the duration of every paint and the interval between
 * consecutive pulses (from an {@link AnimationTimer}, which also keeps pulses coming), each kept for the last
 * {@link #CAPACITY} frames, with their median and 95th percentile. Always counts what the last frame drew, for
 * tests of culling. FX thread only.
 */
public final class FrameStats {

    public static final int CAPACITY = 4096;

    private final Samples paints = new Samples();
    private final Samples pulses = new Samples();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (lastPulse != 0) {
                pulses.add(now - lastPulse);
            }
            lastPulse = now;
        }
    };
    private long lastPulse;
    private boolean enabled;
    private int elementsDrawn;
    private int linksDrawn;
    private int contentRedrawn;
    private int chipsDrawn;
    private long frames;

    /** Starts or stops recording; starting clears what was recorded before. */
    public void setEnabled(boolean on) {
        if (on == enabled) {
            return;
        }
        enabled = on;
        if (on) {
            reset();
            timer.start();
        } else {
            timer.stop();
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Forgets the recorded samples. */
    public void reset() {
        paints.clear();
        pulses.clear();
        lastPulse = 0;
    }

    /** Called by the renderer after each paint. */
    void paintDone(long nanos, int elements, int links, int chips) {
        frames++;
        elementsDrawn = elements;
        linksDrawn = links;
        chipsDrawn = chips;
        if (enabled) {
            paints.add(nanos);
        }
    }

    /** Called by the renderer with how many content pixels it drew afresh (the rest were moved from before). */
    void contentRedrawn(int pixels) {
        contentRedrawn = pixels;
    }

    /**
     * Content pixels (grid, boxes, plain links) drawn afresh in the last frame: the whole view after a zoom or a
     * change, only the uncovered strips after a pan.
     */
    public int contentRedrawn() {
        return contentRedrawn;
    }

    /** Records one pulse interval directly (tests; the timer does this while enabled). */
    void pulseInterval(long nanos) {
        pulses.add(nanos);
    }

    /** Paints since the canvas was made. */
    public long frames() {
        return frames;
    }

    /** Elements drawn in the last frame (culled ones are not). */
    public int elementsDrawn() {
        return elementsDrawn;
    }

    /** Link lines drawn in the last frame. */
    public int linksDrawn() {
        return linksDrawn;
    }

    /** Chips drawn in the last frame. */
    public int chipsDrawn() {
        return chipsDrawn;
    }

    public int paintSamples() {
        return paints.size();
    }

    public int pulseSamples() {
        return pulses.size();
    }

    public double paintMedianMillis() {
        return paints.percentile(50);
    }

    public double paintP95Millis() {
        return paints.percentile(95);
    }

    /** The longest paint recorded, in milliseconds; NaN when none. */
    public double paintMaxMillis() {
        return paints.percentile(100);
    }

    public double pulseMedianMillis() {
        return pulses.percentile(50);
    }

    public double pulseP95Millis() {
        return pulses.percentile(95);
    }

    /** Frames per second from the median pulse interval; NaN before two pulses. */
    public double medianFps() {
        double ms = pulseMedianMillis();
        return Double.isNaN(ms) || ms == 0 ? Double.NaN : 1000 / ms;
    }

    /** A ring of the last {@link #CAPACITY} durations in nanoseconds. */
    private static final class Samples {
        private final long[] values = new long[CAPACITY];
        private int count;
        private int next;

        void add(long nanos) {
            values[next] = nanos;
            next = (next + 1) % CAPACITY;
            count = Math.min(CAPACITY, count + 1);
        }

        void clear() {
            count = 0;
            next = 0;
        }

        int size() {
            return count;
        }

        /** The nearest-rank percentile in milliseconds; NaN when empty. */
        double percentile(double p) {
            if (count == 0) {
                return Double.NaN;
            }
            long[] sorted = Arrays.copyOf(values, count);
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p / 100 * count);
            return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
        }
    }
}
