package dev.traverse.engine.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.io.FileFormat;
import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyDocument;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.io.TopologyWriter;
import dev.traverse.engine.model.Arch;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.DeviceKind;
import dev.traverse.engine.model.Distribution;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Position;
import dev.traverse.engine.model.Provider;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Runtime;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.SiteKind;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Random sequences of edits on the sample topologies never give a topology the reader rejects: each edit either
 * refuses with {@link IllegalArgumentException} or returns a topology that writes and reads back as itself.
 */
class TopologyEditsProperties {

    private static final List<Topology> SAMPLES = samples();
    private static final int OPERATIONS = 16;

    private static List<Topology> samples() {
        try {
            return EditFixtures.samples().map(p -> read(p)).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Topology read(Path file) {
        return TopologyReader.read(file).document().orElseThrow().topology();
    }

    @Property(tries = 80)
    void editsNeverProduceAFileTheReaderRejects(@ForAll @IntRange(max = 5) int sample,
                                                @ForAll @Size(min = 3, max = 36)
                                                List<@IntRange(max = 100_000) Integer> script) {
        Topology t = sample == SAMPLES.size() ? EditFixtures.shop() : SAMPLES.get(sample);
        for (int i = 0; i + 2 < script.size(); i += 3) {
            Topology next;
            try {
                next = apply(t, script.get(i) % OPERATIONS, script.get(i + 1), script.get(i + 2));
            } catch (IllegalArgumentException refused) {
                assertThat(refused.getMessage()).isNotBlank();
                continue;
            }
            assertReadsBack(next);
            t = next;
        }
    }

    private static void assertReadsBack(Topology t) {
        String yaml = TopologyWriter.toYaml(TopologyDocument.of(t));
        ReadResult result = TopologyReader.read("edited.yaml", yaml, FileFormat.YAML);
        assertThat(result.errors()).as("errors after an edit").isEmpty();
        assertThat(result.document().orElseThrow().topology()).isEqualTo(t);
    }

    private static Topology apply(Topology t, int operation, int a, int b) {
        List<String> elements = elements(t);
        String element = pick(elements, a);
        switch (operation) {
            case 0:
                return TopologyEdits.delete(t, List.of(element));
            case 1:
                return TopologyEdits.delete(t, List.of(element, pick(elements, b)));
            case 2:
                // half the time a name that is likely taken, to exercise refusals
                String name = b % 2 == 0 ? "x" + b % 50 : lastName(pick(elements, b));
                return TopologyEdits.rename(t, element, name);
            case 3:
                return Fragments.duplicate(t, List.of(element), 20, 20).topology();
            case 4:
                return Fragments.paste(t, FragmentText.read(FragmentText.write(
                        Fragments.copy(t, List.of(element, pick(elements, b))))), 5, 5).topology();
            case 5:
                return TopologyEdits.addSite(t, site("site-" + b % 7), new Position(a % 900, b % 700)).topology();
            case 6:
                return TopologyEdits.addCluster(t, pick(sites(t), a), new Cluster("c" + b % 5, Distribution.K3S, null,
                        Map.of(), List.of(node("gw", 1 + b % 2))), null).topology();
            case 7:
                Node pool = node(b % 2 == 0 ? "gw" : "general", 1 + b % 3);
                return TopologyEdits.addNodePool(t, pick(clusters(t), a), pool, null).topology();
            case 8:
                return TopologyEdits.addDeviceGroup(t, pick(sites(t), a), device(b), null).topology();
            case 9:
                return TopologyEdits.addLink(t, pick(sites(t), a), pick(sites(t), b), b % 40).topology();
            case 10:
                return resize(t, element, 1 + b % 4);
            case 11:
                return pin(t, a, b);
            case 12:
                return TopologyEdits.addAffinity(t, pick(workloads(t), b), element, b % 3 == 0 ? null : 1 + b % 100);
            case 13:
                return TopologyEdits.move(t, Map.of(element, new Position(a % 1000, -(b % 1000))));
            case 14:
                return TopologyEdits.delete(t, List.of(pick(workloads(t), a)));
            default:
                List<Link> links = t.links();
                return links.isEmpty() ? t : TopologyEdits.delete(t, List.of(TopologyEdits.linkId(pick(links, a))));
        }
    }

    private static Topology resize(Topology t, String element, int count) {
        int slash = element.indexOf('/');
        if (slash < 0) {
            return t;
        }
        TopologyIndex index = new TopologyIndex(t);
        String scope = element.substring(0, slash);
        String name = element.substring(slash + 1);
        Node pool = index.pool(scope, name);
        if (pool != null) {
            return TopologyEdits.replaceNodePool(t, element, new Node(name, count, pool.zone(), pool.arch(), pool.os(),
                    pool.runtimes(), pool.capacity(), pool.gpuModel(), pool.labels(), pool.taints(),
                    pool.costPerHour(), pool.billing(), pool.powerWatts()));
        }
        Device d = index.deviceGroup(scope, name);
        return TopologyEdits.replaceDeviceGroup(t, element, new Device(name, count, d.kind(), d.arch(), d.os(),
                d.runtimes(), d.capacity(), d.cpuMHz(), d.firmware(), d.gateway(), d.fleet(), d.labels(),
                d.powerWatts()));
    }

    private static Topology pin(Topology t, int a, int b) {
        if (t.workloads().isEmpty()) {
            return t;
        }
        Workload w = pick(t.workloads(), a);
        List<String> members = new ArrayList<>();
        for (Site site : t.sites()) {
            for (Cluster c : site.clusters()) {
                c.nodes().forEach(n -> members.add(c.name() + "/" + n.memberNames().get(0)));
            }
            site.devices().forEach(d -> members.add(site.name() + "/" + d.memberNames().get(d.count() - 1)));
        }
        return members.isEmpty() ? t : TopologyEdits.pin(t, w.name(), b % w.replicas(), pick(members, b));
    }

    private static List<String> elements(Topology t) {
        List<String> ids = new ArrayList<>();
        for (Site site : t.sites()) {
            ids.add(site.name());
            for (Cluster c : site.clusters()) {
                ids.add(c.name());
                c.nodes().forEach(n -> ids.add(c.name() + "/" + n.name()));
            }
            site.devices().forEach(d -> ids.add(site.name() + "/" + d.name()));
        }
        t.workloads().forEach(w -> ids.add(w.name()));
        return ids.isEmpty() ? List.of("nothing") : ids;
    }

    private static List<String> sites(Topology t) {
        List<String> names = t.sites().stream().map(Site::name).toList();
        return names.isEmpty() ? List.of("nowhere") : names;
    }

    private static List<String> clusters(Topology t) {
        List<String> names = t.sites().stream().flatMap(s -> s.clusters().stream()).map(Cluster::name).toList();
        return names.isEmpty() ? List.of("nothing") : names;
    }

    private static List<String> workloads(Topology t) {
        List<String> names = t.workloads().stream().map(Workload::name).toList();
        return names.isEmpty() ? List.of("nobody") : names;
    }

    private static <T> T pick(List<T> items, int n) {
        return items.get(Math.floorMod(n, items.size()));
    }

    private static String lastName(String id) {
        return id.substring(id.indexOf('/') + 1);
    }

    private static Site site(String name) {
        return new Site(name, SiteKind.EDGE_POP, Provider.OTHER, null, null, null, Map.of(), List.of(), List.of());
    }

    private static Node node(String name, int count) {
        return new Node(name, count, null, Arch.ARM64, dev.traverse.engine.model.Os.LINUX, List.of(Runtime.CONTAINER),
                Resources.NONE, null, Map.of(), List.of(), 0, dev.traverse.engine.model.Billing.ALWAYS, 0);
    }

    private static Device device(int b) {
        DeviceKind kind = b % 3 == 0 ? DeviceKind.GATEWAY : DeviceKind.CAMERA;
        String gateway = b % 4 == 0 ? "gw" : null;
        return new Device(kind == DeviceKind.GATEWAY ? "gw" : "cam", 1 + b % 3, kind, Arch.ARM64, null,
                List.of(Runtime.FIRMWARE), Resources.NONE, null, null, gateway, "fleet-" + b % 3, Map.of(), 0);
    }
}
