package dev.traverse.engine.edit;

import dev.traverse.engine.io.FileFormat;
import dev.traverse.engine.io.Problem;
import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyDocument;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.io.TopologyWriter;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Metadata;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Fragments as text for the system clipboard: a small topology document in the file format, so that what is copied
 * can be pasted into another window or read by people. Holders carry the label {@value #ROLE_LABEL}:
 * {@value #HOLDER}, the document {@value #ROLE_LABEL}: {@value #FRAGMENT}. A whole topology file pasted as text is a
 * fragment too: all its sites are copied. Thread-safe (no state).
 *
 * <p>Text must stand alone, so a device's gateway that names a node outside the fragment is left out of it (a paste
 * from the in-memory {@link Fragment} keeps it).
 */
public final class FragmentText {

    /** The label key that marks fragments and holders. */
    public static final String ROLE_LABEL = "traverse.dev/clipboard";
    static final String FRAGMENT = "fragment";
    static final String HOLDER = "holder";

    private FragmentText() {
    }

    /** The fragment as a YAML topology document. */
    public static String write(Fragment fragment) {
        Objects.requireNonNull(fragment, "fragment");
        Topology content = fragment.content();
        TopologyIndex index = new TopologyIndex(content);
        List<Site> sites = new ArrayList<>();
        for (Site site : content.sites()) {
            List<Cluster> clusters = site.clusters().stream().map(c -> fragment.holders().contains(c.name())
                    ? new Cluster(c.name(), c.distribution(), c.context(), mark(c.labels()), c.nodes()) : c).toList();
            List<Device> devices = site.devices().stream().map(d -> d.gateway() == null
                    || index.resolveGateway(site, d.gateway()).size() == 1 ? d : Copies.device(d, d.name(), null))
                    .toList();
            Site copy = Copies.site(site, site.name(), clusters, devices);
            sites.add(fragment.holders().contains(site.name()) ? new Site(copy.name(), copy.kind(), copy.provider(),
                    copy.region(), copy.jurisdiction(), copy.carbonIntensity(), mark(copy.labels()), copy.clusters(),
                    copy.devices()) : copy);
        }
        Map<String, String> labels = new LinkedHashMap<>(content.metadata().labels());
        labels.put(ROLE_LABEL, FRAGMENT);
        Topology marked = Copies.withSites(new Topology(new Metadata(content.name(), null, labels),
                content.objectives(), content.sites(), content.links(), List.of(), content.layout()), sites);
        return TopologyWriter.toYaml(TopologyDocument.of(marked));
    }

    /**
     * Reads a fragment, or a whole topology, from text.
     *
     * @throws IllegalArgumentException when the text is not a valid topology document, naming its first error
     */
    public static Fragment read(String text) {
        Objects.requireNonNull(text, "text");
        FileFormat format = text.stripLeading().startsWith("{") ? FileFormat.JSON : FileFormat.YAML;
        ReadResult result = TopologyReader.read("clipboard", text, format);
        if (result.document().isEmpty()) {
            String why = result.errors().stream().findFirst().map(FragmentText::describe).orElse("it is empty");
            throw new IllegalArgumentException("the clipboard holds no Traverse elements: " + why);
        }
        Topology topology = result.document().get().topology();
        Set<String> holders = new HashSet<>();
        List<Site> sites = new ArrayList<>();
        for (Site site : topology.sites()) {
            List<Cluster> clusters = new ArrayList<>();
            for (Cluster c : site.clusters()) {
                if (HOLDER.equals(c.labels().get(ROLE_LABEL))) {
                    holders.add(c.name());
                    clusters.add(new Cluster(c.name(), c.distribution(), c.context(), unmark(c.labels()), c.nodes()));
                } else {
                    clusters.add(c);
                }
            }
            boolean holder = HOLDER.equals(site.labels().get(ROLE_LABEL));
            if (holder) {
                holders.add(site.name());
            }
            sites.add(new Site(site.name(), site.kind(), site.provider(), site.region(), site.jurisdiction(),
                    site.carbonIntensity(), holder ? unmark(site.labels()) : site.labels(), clusters, site.devices()));
        }
        Metadata metadata = new Metadata(topology.name(), null, unmark(topology.metadata().labels()));
        Topology content = new Topology(metadata, topology.objectives(), sites, topology.links(), List.of(),
                topology.layout());
        return new Fragment(content, holders);
    }

    private static String describe(Problem problem) {
        return "line " + problem.position().line() + ": " + problem.message();
    }

    private static Map<String, String> mark(Map<String, String> labels) {
        Map<String, String> marked = new LinkedHashMap<>(labels);
        marked.put(ROLE_LABEL, HOLDER);
        return marked;
    }

    private static Map<String, String> unmark(Map<String, String> labels) {
        Map<String, String> plain = new LinkedHashMap<>(labels);
        plain.remove(ROLE_LABEL);
        return plain;
    }
}
