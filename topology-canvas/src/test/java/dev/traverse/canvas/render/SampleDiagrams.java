package dev.traverse.canvas.render;

import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.DiagramElement;
import dev.traverse.canvas.document.DiagramLink;
import dev.traverse.canvas.document.ElementKind;
import dev.traverse.canvas.document.ElementSpec;
import dev.traverse.canvas.overlay.Chip;
import dev.traverse.canvas.overlay.ChipStyle;
import dev.traverse.canvas.overlay.ElementMark;
import dev.traverse.canvas.overlay.Overlay;
import dev.traverse.canvas.overlay.Utilisation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Diagrams with explicit boxes, built without the layout package. */
final class SampleDiagrams {

    private final List<DiagramElement> elements = new ArrayList<>();
    private final List<DiagramLink> links = new ArrayList<>();
    private final Map<String, Integer> depth = new LinkedHashMap<>();

    private SampleDiagrams() {
    }

    SampleDiagrams add(String id, ElementKind kind, String parent, String label, String detail, String style,
                       double x, double y, double w, double h) {
        int d = parent == null ? 0 : depth.get(parent) + 1;
        depth.put(id, d);
        elements.add(new DiagramElement(new ElementSpec(id, kind, parent, label, detail, style, null),
                new Box(x, y, w, h), d));
        return this;
    }

    SampleDiagrams link(String from, String to, String label) {
        links.add(new DiagramLink(from + " <-> " + to, from, to, label));
        return this;
    }

    Diagram build() {
        return new Diagram(elements, links);
    }

    /** A multi-cloud and edge estate with every provider, distribution and device kind the skins know. */
    static Diagram estate() {
        SampleDiagrams d = new SampleDiagrams();
        d.add("aws-eu-central", ElementKind.SITE, null, "aws-eu-central", "cloud region · eu-central-1 · DE", "aws",
                0, 0, 520, 330);
        d.add("eks-fra", ElementKind.CLUSTER, "aws-eu-central", "eks-fra", "eks · 1.30", "eks", 16, 44, 488, 270);
        d.add("eks-fra/general", ElementKind.NODE_POOL, "eks-fra", "general", "6 × m6i.2xlarge · 8 cpu · 32Gi",
                "node", 32, 84, 220, 100);
        d.add("eks-fra/gpu", ElementKind.NODE_POOL, "eks-fra", "gpu", "2 × g5.xlarge · A10G", "gpu",
                268, 84, 220, 100);
        d.add("eks-fra/batch", ElementKind.NODE_POOL, "eks-fra", "batch-spot", "12 × c6i.large · spot", "node",
                32, 198, 456, 100);
        d.add("azure-westeurope", ElementKind.SITE, null, "azure-westeurope", "cloud region · NL", "azure",
                600, 0, 300, 200);
        d.add("aks-weu", ElementKind.CLUSTER, "azure-westeurope", "aks-weu", "aks", "aks", 616, 44, 268, 140);
        d.add("aks-weu/system", ElementKind.NODE_POOL, "aks-weu", "system", "3 × D4s v5", "node", 632, 80, 236, 88);
        d.add("store-017", ElementKind.SITE, null, "store-017", "store · FR", "on-prem", 0, 400, 520, 260);
        d.add("store-017-k3s", ElementKind.CLUSTER, "store-017", "store-017-k3s", "k3s", "k3s", 16, 444, 250, 200);
        d.add("store-017-k3s/gw", ElementKind.NODE_POOL, "store-017-k3s", "gw", "1 × arm64 · 4 cpu · 8Gi", "node",
                32, 480, 218, 100);
        d.add("store-017/cam", ElementKind.DEVICE_GROUP, "store-017", "cam", "4 × camera · arm64", "camera",
                282, 444, 222, 88);
        d.add("store-017/sensors", ElementKind.DEVICE_GROUP, "store-017", "sensors", "18 × sensor · cortex-m",
                "sensor", 282, 548, 222, 96);
        d.add("factory-lyon", ElementKind.SITE, null, "factory-lyon", "factory · FR", "on-prem", 600, 260, 300, 400);
        d.add("factory-mk8s", ElementKind.CLUSTER, "factory-lyon", "line-1", "microk8s", "microk8s",
                616, 304, 268, 150);
        d.add("factory-mk8s/edge", ElementKind.NODE_POOL, "factory-mk8s", "edge", "3 × amd64 · 16 cpu", "node",
                632, 340, 236, 100);
        d.add("factory-lyon/plc-gw", ElementKind.DEVICE_GROUP, "factory-lyon", "plc-gw", "2 × gateway", "gateway",
                616, 470, 268, 80);
        d.add("factory-lyon/agv", ElementKind.DEVICE_GROUP, "factory-lyon", "agv", "6 × vehicle-ecu", "vehicle-ecu",
                616, 564, 268, 80);
        d.add("gcp-europe-west4", ElementKind.SITE, null, "gcp-europe-west4", "cloud region · NL", "gcp",
                980, 0, 300, 200);
        d.add("gke-ams", ElementKind.CLUSTER, "gcp-europe-west4", "gke-ams", "gke", "gke", 996, 44, 268, 140);
        d.add("gke-ams/default", ElementKind.NODE_POOL, "gke-ams", "default", "4 × n2-standard-8", "node",
                1012, 80, 236, 88);
        d.add("oci-frankfurt", ElementKind.SITE, null, "oci-frankfurt", "cloud region · DE", "oci",
                980, 260, 300, 190);
        d.add("ocp-fra", ElementKind.CLUSTER, "oci-frankfurt", "ocp-fra", "openshift 4.16", "openshift",
                996, 304, 268, 130);
        d.add("ocp-fra/workers", ElementKind.NODE_POOL, "ocp-fra", "workers", "6 × E4.Flex", "node",
                1012, 340, 236, 80);
        d.add("coreweave-lga", ElementKind.SITE, null, "coreweave-lga", "gpu cloud · US", "coreweave",
                980, 480, 300, 180);
        d.add("cw-k8s", ElementKind.CLUSTER, "coreweave-lga", "cw-k8s", "kubernetes", "kubernetes",
                996, 524, 268, 120);
        d.add("cw-k8s/h100", ElementKind.NODE_POOL, "cw-k8s", "h100", "8 × H100 80GB", "gpu", 1012, 556, 236, 76);
        d.link("aws-eu-central", "azure-westeurope", "9 ms · 10 Gbps");
        d.link("aws-eu-central", "store-017", "24 ms · 1 Gbps");
        d.link("azure-westeurope", "factory-lyon", "14 ms");
        d.link("azure-westeurope", "gcp-europe-west4", "6 ms · 10 Gbps");
        d.link("gcp-europe-west4", "oci-frankfurt", "8 ms");
        d.link("oci-frankfurt", "coreweave-lga", "82 ms");
        d.link("store-017/cam", "store-017-k3s/gw", "lan");
        d.link("factory-lyon", "coreweave-lga", "88 ms");
        return d.build();
    }

    /** An overlay on {@link #estate()}: chips of every style, an overflowing pool, bars, marks, a legend. */
    static Overlay estateOverlay() {
        Map<String, List<Chip>> chips = new LinkedHashMap<>();
        chips.put("eks-fra/general", List.of(
                new Chip("checkout-api@general", "checkout-api ×3", 0, ChipStyle.PLACED, true),
                new Chip("cart@general", "cart ×2", 1, ChipStyle.PINNED, true),
                new Chip("search@general", "search", 2, ChipStyle.MOVED, true),
                new Chip("etl@general", "batch-etl", 5, ChipStyle.LOST, false)));
        chips.put("eks-fra/gpu", List.of(new Chip("llm@gpu", "llm-inference ×2", 4, ChipStyle.PLACED, true)));
        List<Chip> many = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            many.add(new Chip("job-" + k + "@batch", "etl-job-" + k, k % 8, ChipStyle.PLACED, true));
        }
        chips.put("eks-fra/batch", many);
        chips.put("store-017-k3s/gw", List.of(new Chip("pos@gw", "pos-gateway", 3, ChipStyle.PLACED, true),
                new Chip("vision@gw", "vision ×1", 6, ChipStyle.PINNED, true)));
        chips.put("store-017/cam", List.of(new Chip("fw@cam", "cam-firmware ×4", 7, ChipStyle.PLACED, false)));
        chips.put("cw-k8s/h100", List.of(new Chip("train@h100", "trainer ×8", 4, ChipStyle.MOVED, true)));
        Map<String, Utilisation> util = Map.of(
                "eks-fra/general", new Utilisation(0.72, 0.55, Double.NaN),
                "eks-fra/gpu", new Utilisation(0.41, 0.63, 0.94),
                "eks-fra/batch", new Utilisation(0.88, 0.35, Double.NaN),
                "store-017-k3s/gw", new Utilisation(0.31, 0.81, Double.NaN),
                "cw-k8s/h100", new Utilisation(0.2, 0.3, 0.5));
        Map<String, ElementMark> marks = Map.of("oci-frankfurt", ElementMark.FAILED,
                "factory-mk8s/edge", ElementMark.WARNING);
        List<Overlay.LegendEntry> legend = List.of(new Overlay.LegendEntry(0, "checkout-api"),
                new Overlay.LegendEntry(1, "cart"), new Overlay.LegendEntry(2, "search"),
                new Overlay.LegendEntry(4, "llm-inference"), new Overlay.LegendEntry(3, "pos-gateway"));
        return new Overlay(chips, util, marks, Set.of("gcp-europe-west4 <-> oci-frankfurt"), legend);
    }

    /**
     * A large estate: {@code sitesPerSide}² sites in a grid, each with one cluster of 16 node pools and 7 device
     * groups (25 elements a site), links between neighbouring sites and from each device group to a pool.
     */
    static Diagram grid(int sitesPerSide) {
        SampleDiagrams d = new SampleDiagrams();
        String[] providers = {"aws", "azure", "gcp", "on-prem", "oci", "coreweave"};
        String[] devices = {"camera", "sensor", "gateway", "vehicle-ecu"};
        for (int r = 0; r < sitesPerSide; r++) {
            for (int c = 0; c < sitesPerSide; c++) {
                String site = "site-" + r + "-" + c;
                double sx = c * 1000;
                double sy = r * 760;
                d.add(site, ElementKind.SITE, null, site, "region", providers[(r + c) % providers.length],
                        sx, sy, 920, 700);
                String cluster = site + "-k8s";
                d.add(cluster, ElementKind.CLUSTER, site, cluster, "k3s", "k3s", sx + 16, sy + 44, 888, 420);
                for (int p = 0; p < 16; p++) {
                    d.add(cluster + "/pool-" + p, ElementKind.NODE_POOL, cluster, "pool-" + p, "4 × node", "node",
                            sx + 32 + (p % 4) * 218, sy + 80 + (p / 4) * 96, 206, 88);
                }
                for (int g = 0; g < 7; g++) {
                    d.add(site + "/dev-" + g, ElementKind.DEVICE_GROUP, site, "dev-" + g, "8 × device",
                            devices[g % devices.length], sx + 16 + (g % 4) * 224, sy + 480 + (g / 4) * 104, 212, 92);
                    d.link(site + "/dev-" + g, cluster + "/pool-" + g, "");
                }
                if (c > 0) {
                    d.link("site-" + r + "-" + (c - 1), site, "5 ms");
                }
                if (r > 0) {
                    d.link("site-" + (r - 1) + "-" + c, site, "7 ms");
                }
            }
        }
        return d.build();
    }
}
