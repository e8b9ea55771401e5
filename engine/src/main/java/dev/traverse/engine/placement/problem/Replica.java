package dev.traverse.engine.placement.problem;

/**
 * One replica to place. Daemons have one replica per site that can host them ({@code site}); firmware has one per
 * device of its fleet, and a pinned replica one host ({@code host}).
 *
 * @param ordinal the replica's number within its workload, from 0
 * @param site    the only site this replica may use, or -1
 * @param host    the only host this replica may use, or -1
 */
public record Replica(int demand, int ordinal, int site, int host) {
}
