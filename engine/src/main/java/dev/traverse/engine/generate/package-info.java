/**
 * A seeded, deterministic generator of large, realistic topologies, for the CLI's {@code traverse generate}, for
 * benchmarks of the placement engine and for property tests. {@link dev.traverse.engine.generate.TopologyGenerator}
 * is the entry point; everything else here is its parts: catalogues of real regions, machines and devices, one
 * generator per kind of element, and the capacity ledger that keeps workloads placeable.
 */
package dev.traverse.engine.generate;
