package dev.traverse.engine.generate;

import dev.traverse.engine.model.WorkloadKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Workload names as teams choose them ({@code checkout-api}, {@code fraud-inference}) and images to match. A name
 * used again gets a number ({@code checkout-api-2}); no base ends in a digit, so numbered names never collide with
 * a base.
 */
final class WorkloadNamer {

    private static final String REGISTRY = "registry.example.com/";

    private static final List<String> DOMAINS = List.of("checkout", "payments", "inventory", "catalog", "search",
            "orders", "shipping", "pricing", "loyalty", "identity", "notifications", "analytics", "reporting",
            "recommendations", "fraud", "billing", "ledger", "pos", "warehouse", "telemetry", "maintenance",
            "quality", "vision", "forecasting", "routing", "media", "support", "audit", "planogram", "energy");
    private static final List<String> PLATFORM_DOMAINS = List.of("platform", "observability", "security", "fleet",
            "network");

    private static final List<String> SERVICES = List.of("api", "web", "worker", "frontend", "backend", "consumer",
            "cache", "events", "sync", "admin", "graphql", "websocket", "scheduler", "webhook", "proxy", "indexer");
    private static final List<String> JOBS = List.of("etl", "backup", "report", "reindex", "compaction", "export",
            "migration", "reconcile", "batch-scoring");
    private static final List<String> MODELS = List.of("inference", "embeddings", "llm-serving", "detector",
            "forecaster", "reranker", "ocr", "speech");
    private static final List<String> TRAINING = List.of("training", "fine-tune");
    private static final List<String> DAEMONS = List.of("log-shipper", "node-exporter", "edge-agent",
            "otel-collector", "dns-cache", "security-agent", "mqtt-bridge", "registry-mirror");

    /** A name and the parts it was made of, which also name the image. */
    record Name(String name, String domain, String component) {
    }

    private final SplittableRandom rng;
    private final Map<String, Integer> uses = new HashMap<>();

    WorkloadNamer(SplittableRandom rng) {
        this.rng = rng;
    }

    Name next(WorkloadKind kind, boolean training) {
        String domain = Draw.one(rng, kind == WorkloadKind.DAEMON ? PLATFORM_DOMAINS : DOMAINS);
        String component = Draw.one(rng, switch (kind) {
            case JOB -> training ? TRAINING : JOBS;
            case AI_MODEL -> training ? TRAINING : MODELS;
            case DAEMON -> DAEMONS;
            default -> SERVICES;
        });
        return new Name(unique(domain + "-" + component), domain, component);
    }

    /** The name of the firmware workload for a fleet. */
    String firmware(String fleet) {
        return unique(fleet + "-firmware");
    }

    String image(Name name) {
        return REGISTRY + name.domain() + "/" + name.component() + ":" + version();
    }

    String version() {
        return (1 + rng.nextInt(9)) + "." + rng.nextInt(20) + "." + rng.nextInt(10);
    }

    private String unique(String base) {
        int n = uses.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "-" + n;
    }
}
