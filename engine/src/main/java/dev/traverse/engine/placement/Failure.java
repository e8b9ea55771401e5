package dev.traverse.engine.placement;

import java.util.List;
import java.util.Objects;

/**
 * Something that fails in a what-if: a site, a cluster, a node (a pool member, or a whole pool), or a link. Written
 * as the CLI takes it: {@code site/store-17}, {@code cluster/aks-weu}, {@code node/aks-weu/general-3},
 * {@code node/aks-weu/general}, {@code link/weu,store-17}.
 */
public record Failure(Kind kind, String target) {

    /** What fails. */
    public enum Kind { SITE, CLUSTER, NODE, LINK }

    public static final String FORM = "site/NAME, cluster/NAME, node/CLUSTER/NODE or link/END,END";

    public Failure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
    }

    /**
     * Parses the CLI form.
     *
     * @throws IllegalArgumentException naming the expected form
     */
    public static Failure parse(String text) {
        int slash = text.indexOf('/');
        String rest = slash < 0 ? "" : text.substring(slash + 1);
        Kind kind = switch (slash < 0 ? "" : text.substring(0, slash)) {
            case "site" -> Kind.SITE;
            case "cluster" -> Kind.CLUSTER;
            case "node" -> Kind.NODE;
            case "link" -> Kind.LINK;
            default -> null;
        };
        boolean ok = kind != null && !rest.isEmpty()
                && (kind != Kind.NODE || rest.indexOf('/') > 0)
                && (kind != Kind.LINK || rest.split(",", -1).length == 2);
        if (!ok) {
            throw new IllegalArgumentException("expected " + FORM + ", got \"" + text + "\"");
        }
        return new Failure(kind, rest);
    }

    /** The two ends of a failed link. */
    public List<String> linkEnds() {
        return List.of(target.split(",", -1));
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + "/" + target;
    }
}
