package dev.traverse.app.testing;

import dev.traverse.app.design.DesignDocument;
import dev.traverse.engine.io.TopologyDocument;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import java.util.ArrayList;
import java.util.List;

/** Variations of the test topologies, built by hand so that tests need no edit functions. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A document on {@code topology}, never saved. */
    public static DesignDocument document(Topology topology) {
        return new DesignDocument(TopologyDocument.of(topology), null);
    }

    /** The topology without the site named {@code name}. */
    public static Topology withoutSite(Topology t, String name) {
        return new Topology(t.metadata(), t.objectives(),
                t.sites().stream().filter(s -> !s.name().equals(name)).toList(),
                t.links().stream().filter(l -> !l.between().contains(name)).toList(), t.workloads(), t.layout());
    }

    /** The topology with one site replaced. */
    public static Topology withSite(Topology t, Site site) {
        List<Site> sites = new ArrayList<>(t.sites());
        sites.replaceAll(s -> s.name().equals(site.name()) ? site : s);
        return new Topology(t.metadata(), t.objectives(), sites, t.links(), t.workloads(), t.layout());
    }

    /** The site with its devices replaced. */
    public static Site withDevices(Site s, List<Device> devices) {
        return new Site(s.name(), s.kind(), s.provider(), s.region(), s.jurisdiction(), s.carbonIntensity(),
                s.labels(), s.clusters(), devices);
    }
}
