package dev.traverse.engine.placement.bound;

/**
 * Union-find over group indexes, for the bounds that work per component of groups linked by replicas allowed in
 * more than one: {@code parent[g]} is g's parent, and a root is its own parent.
 */
final class GroupComponents {

    private GroupComponents() {
    }

    /** The root of g's component, halving the path on the way. */
    static int find(int[] parent, int g) {
        while (parent[g] != g) {
            parent[g] = parent[parent[g]];
            g = parent[g];
        }
        return g;
    }

    /** Joins the components of a and b under the smaller root, so that a component's root is its first group. */
    static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
