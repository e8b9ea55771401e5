package dev.traverse.engine.placement.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.traverse.engine.io.JsonStyle;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.placement.PlacementResult;
import dev.traverse.engine.placement.PlacementResult.Assignment;
import dev.traverse.engine.placement.PlacementResult.HostUsage;
import dev.traverse.engine.placement.PlacementResult.ObjectiveSummary;
import dev.traverse.engine.placement.PlacementResult.ReasonCount;
import dev.traverse.engine.placement.PlacementResult.UnplacedReplica;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link PlacementResult} as the JSON that docs/placement-result.md describes, for other tools: pretty
 * printed, two-space indentation, "\n" line ends, fields always in the documented order so that results diff well.
 * Stateless and thread-safe.
 */
public final class PlacementResultJson {

    /** The format's version, as topology files name theirs. */
    public static final String API_VERSION = "traverse.dev/v1alpha1";
    public static final String KIND = "PlacementResult";

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final List<String> WELL_KNOWN_ORDER =
            List.of(Resources.CPU, Resources.MEMORY, Resources.STORAGE, Resources.GPU, Resources.PODS);

    private PlacementResultJson() {
    }

    public static String toJson(PlacementResult result) {
        StringWriter out = new StringWriter();
        try {
            write(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** Writes the result to a file in UTF-8, replacing it. */
    public static void save(PlacementResult result, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(result, out);
        }
    }

    /** Writes the result and a final newline; does not close {@code out}. */
    public static void write(PlacementResult result, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(JsonStyle.prettyPrinter());
            g.writeStartObject();
            g.writeStringField("apiVersion", API_VERSION);
            g.writeStringField("kind", KIND);
            assignments(g, result.assignments());
            unplaced(g, result.unplaced());
            objectives(g, result.objectives());
            hosts(g, result.hosts());
            g.writeNumberField("lowerBound", result.lowerBound());
            g.writeNumberField("gap", result.gap());
            g.writeNumberField("improvementSteps", result.improvementSteps());
            g.writeNumberField("elapsedMs", result.elapsedMs());
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void assignments(JsonGenerator g, List<Assignment> assignments) throws IOException {
        g.writeArrayFieldStart("assignments");
        for (Assignment a : assignments) {
            g.writeStartObject();
            g.writeStringField("workload", a.workload());
            g.writeNumberField("replica", a.replica());
            g.writeStringField("node", a.node());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void unplaced(JsonGenerator g, List<UnplacedReplica> unplaced) throws IOException {
        g.writeArrayFieldStart("unplaced");
        for (UnplacedReplica u : unplaced) {
            g.writeStartObject();
            g.writeStringField("workload", u.workload());
            g.writeNumberField("replica", u.replica());
            g.writeStringField("summary", u.summary());
            g.writeArrayFieldStart("reasons");
            for (ReasonCount r : u.reasons()) {
                g.writeStartObject();
                g.writeStringField("reason", r.reason());
                g.writeNumberField("hosts", r.hosts());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("fixes");
            for (String fix : u.fixes()) {
                g.writeString(fix);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void objectives(JsonGenerator g, ObjectiveSummary o) throws IOException {
        g.writeObjectFieldStart("objectives");
        number(g, "costPerHour", o.costPerHour());
        number(g, "meanLatencyMs", o.meanLatencyMs());
        number(g, "worstLatencyMs", o.worstLatencyMs());
        number(g, "carbonGramsPerHour", o.carbonGramsPerHour());
        number(g, "total", o.total());
        g.writeEndObject();
    }

    /** JSON has no infinity or NaN: such a value is written as null. */
    private static void number(JsonGenerator g, String field, double value) throws IOException {
        if (Double.isFinite(value)) {
            g.writeNumberField(field, value);
        } else {
            g.writeNullField(field);
        }
    }

    private static void hosts(JsonGenerator g, List<HostUsage> hosts) throws IOException {
        g.writeArrayFieldStart("hosts");
        for (HostUsage h : hosts) {
            g.writeStartObject();
            g.writeStringField("node", h.node());
            g.writeNumberField("replicas", h.replicas());
            amounts(g, "used", h.used());
            amounts(g, "capacity", h.capacity());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Resources in the order topology files write them: cpu, memory, storage, gpu, pods, then the rest by name. */
    private static void amounts(JsonGenerator g, String field, Map<String, String> amounts) throws IOException {
        g.writeObjectFieldStart(field);
        List<String> names = new ArrayList<>(amounts.keySet());
        names.sort(Comparator.comparingInt(PlacementResultJson::rank).thenComparing(Comparator.naturalOrder()));
        for (String name : names) {
            g.writeStringField(name, amounts.get(name));
        }
        g.writeEndObject();
    }

    private static int rank(String resource) {
        int i = WELL_KNOWN_ORDER.indexOf(resource);
        return i < 0 ? WELL_KNOWN_ORDER.size() : i;
    }
}
