package dev.traverse.engine.placement.problem;

/**
 * One replica to place. Daemons have one replica per site that can host them ({@code site}); replicas divided or
 * duplicated across clusters have their cluster ({@code cluster}); firmware has one per device of its fleet, and a
 * pinned replica one host ({@code host}).
 *
 * @param ordinal the replica's number within its workload, from 0
 * @param site    the only site this replica may use, or -1
 * @param cluster the only cluster this replica may use (an index over all clusters in file order), or -1
 * @param host    the only host this replica may use, or -1
 */
public record Replica(int demand, int ordinal, int site, int cluster, int host) {

    public static Replica free(int demand, int ordinal) {
        return new Replica(demand, ordinal, -1, -1, -1);
    }

    public Replica withSite(int newSite) {
        return new Replica(demand, ordinal, newSite, cluster, host);
    }

    public Replica withCluster(int newCluster) {
        return new Replica(demand, ordinal, site, newCluster, host);
    }
}
