package dev.traverse.engine.io;

import dev.traverse.engine.model.Layout;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Metadata;
import dev.traverse.engine.model.Objectives;
import dev.traverse.engine.model.Position;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads topology files (YAML or JSON). Never throws for bad input: the result holds the document when the file has no
 * errors, and every problem found, each with its line, column and field path.
 *
 * <p>Thread-safe; reading does file I/O, so call it off the UI thread.
 */
public final class TopologyReader {

    private TopologyReader() {
    }

    /** Reads a file; the syntax follows its extension ({@code .json} or YAML). */
    public static ReadResult read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        String content;
        try {
            content = decode(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return failure(name, "no such file");
        } catch (CharacterCodingException e) {
            return failure(name, "the file is not UTF-8 text");
        } catch (IOException e) {
            return failure(name, "cannot read the file: " + e.getMessage());
        }
        return read(name, content, FileFormat.of(file));
    }

    /** Reads text; {@code fileName} is only used in problem messages. */
    public static ReadResult read(String fileName, String content, FileFormat format) {
        Objects.requireNonNull(content, "content");
        Problems problems = new Problems(fileName);
        Optional<SourceNode> tree = format == FileFormat.YAML ? YamlTreeParser.parse(content, problems)
                : JsonTreeParser.parse(content, problems);
        Optional<TopologyDocument> document = tree
                .flatMap(root -> bind(root, problems))
                .map(topology -> new TopologyDocument(format == FileFormat.YAML ? HeaderComment.of(content) : "",
                        topology));
        return new ReadResult(problems.errorCount() == 0 ? document : Optional.empty(), problems.sorted());
    }

    private static ReadResult failure(String file, String message) {
        Problems problems = new Problems(file);
        problems.error(SourcePosition.START, "", message);
        return new ReadResult(Optional.empty(), problems.sorted());
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Optional<Topology> bind(SourceNode root, Problems problems) {
        Fields document = Fields.of(root, "", problems, "a Topology document");
        if (document.isBroken()) {
            return Optional.empty();
        }
        String apiVersion = document.requiredString("apiVersion", "expected " + Topology.API_VERSION);
        String kind = document.requiredString("kind", "expected " + Topology.KIND);
        if (kind != null && !Topology.KIND.equals(kind)) {
            document.error("kind", "expected " + Topology.KIND + ", got \"" + kind + "\"");
        }
        if (apiVersion != null && !Topology.API_VERSION.equals(apiVersion)) {
            Optional<SourceNode.Mapping> upgraded = root instanceof SourceNode.Mapping m
                    ? Migrations.upgrade(apiVersion, m, problems) : Optional.empty();
            if (upgraded.isEmpty()) {
                document.error("apiVersion", "unsupported apiVersion \"" + apiVersion + "\": this Traverse reads "
                        + String.join(", ", Migrations.readableVersions()));
                return Optional.empty();
            }
            document = Fields.of(upgraded.get(), "", problems, "a Topology document");
            document.has("apiVersion");
            document.has("kind");
        }
        ReferenceIndex refs = new ReferenceIndex(problems);
        Metadata metadata = readRequired(document, "metadata", "metadata", TopologyReader::readMetadata);
        Fields spec = document.object("spec", "the spec");
        if (spec == null) {
            problems.error(document.position(), "", "missing field spec: expected sites, links and workloads");
        }
        Objectives objectives = Objectives.DEFAULT;
        List<Site> sites = List.of();
        List<Link> links = List.of();
        List<Workload> workloads = List.of();
        if (spec != null) {
            Fields objectiveFields = spec.object("objectives", "objective weights");
            objectives = objectiveFields == null ? Objectives.DEFAULT : readObjectives(objectiveFields);
            SiteReader siteReader = new SiteReader(refs);
            sites = spec.list("sites", "site", siteReader::read);
            links = spec.list("links", "link", (l, i) -> readLink(l, refs));
            WorkloadReader workloadReader = new WorkloadReader(refs);
            workloads = spec.list("workloads", "workload", workloadReader::read);
            spec.reportUnknown();
        }
        Fields layoutFields = document.object("layout", "the layout");
        Layout layout = layoutFields == null ? Layout.EMPTY : readLayout(layoutFields, refs);
        refs.resolve();
        Objectives o = objectives;
        List<Site> s = sites;
        List<Link> l = links;
        List<Workload> w = workloads;
        return Optional.ofNullable(document.build(() -> new Topology(metadata, o, s, l, w, layout)));
    }

    private static <T> T readRequired(Fields parent, String key, String what, java.util.function.Function<Fields, T> reader) {
        Fields f = parent.object(key, what);
        if (f == null) {
            parent.problems().error(parent.position(), parent.path(), "missing field " + key);
            return null;
        }
        return reader.apply(f);
    }

    private static Metadata readMetadata(Fields f) {
        String name = f.requiredName("name");
        String description = f.string("description");
        var labels = f.labels("labels");
        return f.build(() -> new Metadata(name, description, labels));
    }

    private static Objectives readObjectives(Fields f) {
        Objectives d = Objectives.DEFAULT;
        double cost = f.number("cost", d.cost());
        double latency = f.number("latency", d.latency());
        double carbon = f.number("carbon", d.carbon());
        double balance = f.number("balance", d.balance());
        double resilience = f.number("resilience", d.resilience());
        double consolidation = f.number("consolidation", d.consolidation());
        Objectives read = f.build(() -> new Objectives(cost, latency, carbon, balance, resilience, consolidation));
        return read == null ? d : read;
    }

    private static Link readLink(Fields f, ReferenceIndex refs) {
        List<SourceNode.Scalar> ends = f.scalars("between");
        if (!f.has("between")) {
            f.error("between", "missing field between: expected two sites, or a site and one of its devices (site/device)");
        } else if (ends.size() != 2) {
            f.error("between", "expected exactly two ends, got " + ends.size());
        }
        List<String> between = new ArrayList<>();
        for (int i = 0; i < ends.size(); i++) {
            between.add(ends.get(i).text());
            refs.endpoint(ends.get(i).text(), ends.get(i).position(), f.childPath("between") + "[" + i + "]");
        }
        Double latencyMs = f.optionalNumber("latencyMs");
        if (latencyMs == null && !f.has("latencyMs")) {
            f.error("latencyMs", "missing field latencyMs: expected the one-way latency in milliseconds");
        }
        Double bandwidthMbps = f.optionalNumber("bandwidthMbps");
        Double costPerGB = f.optionalNumber("costPerGB");
        return f.build(() -> new Link(between, latencyMs, bandwidthMbps, costPerGB));
    }

    private static Layout readLayout(Fields f, ReferenceIndex refs) {
        Map<String, Position> positions = f.entries(entry -> {
            String path = f.childPath(entry.key());
            refs.layoutKey(entry.key(), entry.keyPosition(), path);
            Fields p = Fields.of(entry.value(), path, f.problems(), "a position {x, y}");
            Double x = p.optionalSignedNumber("x");
            Double y = p.optionalSignedNumber("y");
            if (x == null && !p.has("x") || y == null && !p.has("y")) {
                f.problems().error(entry.value().position(), path, "expected a position with x and y");
            }
            return p.build(() -> new Position(x, y));
        });
        return f.build(() -> new Layout(positions));
    }
}
