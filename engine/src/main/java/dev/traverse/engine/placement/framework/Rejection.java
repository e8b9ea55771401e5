package dev.traverse.engine.placement.framework;

import java.util.Objects;

/**
 * Why a filter refused a host, worded as kube-scheduler words it so that users recognise it
 * ({@code Insufficient memory}, {@code node(s) didn't match arch arm64}), and the smallest change that would let this
 * host pass this filter, if the plugin knows one.
 *
 * @param reason    the reason; refusals with equal reasons are counted together in summaries
 * @param fix       the smallest change that would make this host pass this filter, or null
 * @param magnitude how big that change is, from 0 (trivial) to 1 (large), to rank fixes across plugins
 */
public record Rejection(String plugin, String reason, String fix, double magnitude) {

    public Rejection {
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(reason, "reason");
    }

    public static Rejection of(String plugin, String reason) {
        return new Rejection(plugin, reason, null, 1);
    }

    public static Rejection withFix(String plugin, String reason, String fix, double magnitude) {
        return new Rejection(plugin, reason, fix, Math.max(0, Math.min(1, magnitude)));
    }
}
