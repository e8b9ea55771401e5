package dev.traverse.app.palette;

/** How strongly a workload dropped on an element is drawn to it. */
public enum AffinityStrength {
    /** The workload runs only there. */
    REQUIRED,
    /** The workload prefers it, with {@link #PREFERRED_WEIGHT}. */
    PREFERRED;

    /** The weight of a preferred term made by a drop: the strongest preference, as one term alone has no rival. */
    public static final int PREFERRED_WEIGHT = 100;
}
