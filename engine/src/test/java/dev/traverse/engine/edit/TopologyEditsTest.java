package dev.traverse.engine.edit;

import static dev.traverse.engine.edit.EditFixtures.assertReadable;
import static dev.traverse.engine.edit.EditFixtures.device;
import static dev.traverse.engine.edit.EditFixtures.site;
import static dev.traverse.engine.edit.EditFixtures.workload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.Arch;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.DeviceKind;
import dev.traverse.engine.model.Distribution;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Pin;
import dev.traverse.engine.model.Position;
import dev.traverse.engine.model.Provider;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Runtime;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.SiteKind;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.model.Workload;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopologyEditsTest {

    private final Topology shop = EditFixtures.shop();

    private static Site emptySite(String name) {
        return new Site(name, SiteKind.STORE, Provider.ON_PREM, null, null, null, Map.of(), List.of(), List.of());
    }

    private static Cluster cluster(String name, Node... nodes) {
        return new Cluster(name, Distribution.K3S, null, Map.of(), List.of(nodes));
    }

    private static Device newDevice(String name, int count, DeviceKind kind, String gateway) {
        return new Device(name, count, kind, Arch.ARM64, null, List.of(Runtime.FIRMWARE), Resources.NONE, null, null,
                gateway, null, Map.of(), 0);
    }

    private static Node node(String name, int count) {
        return new Node(name, count, null, Arch.AMD64, dev.traverse.engine.model.Os.LINUX, List.of(Runtime.CONTAINER),
                Resources.NONE, null, Map.of(), List.of(), 0, dev.traverse.engine.model.Billing.ALWAYS, 0);
    }

    private static Node resized(Node n, int count) {
        return new Node(n.name(), count, n.zone(), n.arch(), n.os(), n.runtimes(), n.capacity(), n.gpuModel(),
                n.labels(), n.taints(), n.costPerHour(), n.billing(), n.powerWatts());
    }

    private static Device resized(Device d, int count) {
        return new Device(d.name(), count, d.kind(), d.arch(), d.os(), d.runtimes(), d.capacity(), d.cpuMHz(),
                d.firmware(), d.gateway(), d.fleet(), d.labels(), d.powerWatts());
    }

    private static Node pool(Topology t, String cluster, String name) {
        return t.sites().stream().flatMap(s -> s.clusters().stream()).filter(c -> c.name().equals(cluster))
                .flatMap(c -> c.nodes().stream()).filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    // ---- additions -------------------------------------------------------------------------------------------

    @Test
    void aSiteWithATakenNameGetsANumberAndItsPosition() {
        Added added = TopologyEdits.addSite(shop, emptySite("store-1"), new Position(10, 20));

        assertThat(added.id()).isEqualTo("store-1-2");
        assertThat(site(added.topology(), "store-1-2").clusters()).isEmpty();
        assertThat(added.topology().layout().positions()).containsEntry("store-1-2", new Position(10, 20));
        assertThat(shop.sites()).hasSize(3);
        assertReadable(added.topology());
    }

    @Test
    void aSiteNamedLikeAClusterIsRenamedToo() {
        Added added = TopologyEdits.addSite(shop, emptySite("aks"), null);

        assertThat(added.id()).isEqualTo("aks-2");
        assertThat(added.topology().layout().positions()).doesNotContainKey("aks-2");
    }

    @Test
    void aNewSitesClustersGetFreeNamesAndItsQualifiedGatewaysFollow() {
        Site site = new Site("store-9", SiteKind.STORE, Provider.ON_PREM, null, null, null, Map.of(),
                List.of(cluster("aks", node("gw", 1))), List.of(newDevice("cam", 2, DeviceKind.CAMERA, "aks/gw")));

        Added added = TopologyEdits.addSite(shop, site, null);

        Site store = site(added.topology(), "store-9");
        assertThat(store.clusters().get(0).name()).isEqualTo("aks-2");
        assertThat(store.devices().get(0).gateway()).isEqualTo("aks-2/gw");
        assertReadable(added.topology());
    }

    @Test
    void aClusterGoesIntoItsSiteWithAFreeName() {
        Added added = TopologyEdits.addCluster(shop, "cloud", cluster("aks", node("pool", 2)), new Position(1, 2));

        assertThat(added.id()).isEqualTo("aks-2");
        assertThat(site(added.topology(), "cloud").clusters()).extracting(Cluster::name)
                .containsExactly("aks", "aks-2");
        assertThat(added.topology().layout().positions()).containsEntry("aks-2", new Position(1, 2));
        assertReadable(added.topology());
    }

    @Test
    void aClusterInAMissingSiteIsRefused() {
        assertThatThrownBy(() -> TopologyEdits.addCluster(shop, "store-017", cluster("c"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("there is no site named store-017");
        assertThatThrownBy(() -> TopologyEdits.addCluster(shop, "aks", cluster("c"), null))
                .hasMessage("aks is a cluster, not a site");
    }

    @Test
    void aSecondNodeOfTheGatewaysNameQualifiesTheBareGatewaysOfItsSite() {
        Added added = TopologyEdits.addCluster(shop, "store-1", cluster("spare", node("gw", 1)), null);

        assertThat(device(added.topology(), "store-1", "cam").gateway()).isEqualTo("store-1-k3s/gw");
        assertThat(device(added.topology(), "store-1", "shelf").gateway()).isEqualTo("store-1-k3s/gw");
        assertThat(device(added.topology(), "store-2", "shelf").gateway()).isEqualTo("gw");
        assertReadable(added.topology());
    }

    @Test
    void aPoolNameAvoidsTheMembersOfOtherPools() {
        // general-2 and general-3 are members of the pool general (3 nodes)
        Added added = TopologyEdits.addNodePool(shop, "aks", node("general", 1), new Position(5, 5));

        assertThat(added.id()).isEqualTo("aks/general-4");
        assertThat(added.topology().layout().positions()).containsEntry("aks/general-4", new Position(5, 5));
        assertReadable(added.topology());
    }

    @Test
    void aPoolWhoseMembersWouldClashGetsANumber() {
        Added added = TopologyEdits.addNodePool(shop, "store-1-k3s", node("g", 1), null);
        assertThat(added.id()).isEqualTo("store-1-k3s/g");

        Added pool = TopologyEdits.addNodePool(added.topology(), "store-1-k3s", node("g", 2), null);
        assertThat(pool.id()).isEqualTo("store-1-k3s/g-2");
        assertReadable(pool.topology());
    }

    @Test
    void aDeviceGroupGetsAFreeNameAtItsSite() {
        Added added = TopologyEdits.addDeviceGroup(shop, "store-1", newDevice("cam", 2, DeviceKind.CAMERA, "gw"),
                new Position(3, 4));

        assertThat(added.id()).isEqualTo("store-1/cam-5");
        assertThat(device(added.topology(), "store-1", "cam-5").gateway()).isEqualTo("gw");
        assertReadable(added.topology());
    }

    @Test
    void aDeviceGroupWithAnUnknownGatewayIsRefused() {
        assertThatThrownBy(() -> TopologyEdits.addDeviceGroup(shop, "store-1",
                newDevice("tag", 2, DeviceKind.SENSOR, "nope"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gateway nope of store-1/tag: site store-1 has no node or gateway device of that name");
    }

    @Test
    void aNodeNamedLikeAGatewayDeviceInUseIsRefused() {
        Topology withHub = TopologyEdits.addDeviceGroup(shop, "store-2",
                newDevice("hub", 1, DeviceKind.GATEWAY, null), null).topology();
        withHub = TopologyEdits.addDeviceGroup(withHub, "store-2", newDevice("tag", 3, DeviceKind.SENSOR, "hub"),
                null).topology();
        Topology hub = withHub;

        assertThatThrownBy(() -> TopologyEdits.addNodePool(hub, "store-2-k3s", node("hub", 1), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gateway hub of store-2/tag would be ambiguous");
    }

    @Test
    void aWorkloadGetsAFreeNameAndItsTermsOnItselfFollow() {
        Workload api = workload(shop, "api");

        Added added = TopologyEdits.addWorkload(shop, api);

        assertThat(added.id()).isEqualTo("api-2");
        assertThat(workload(added.topology(), "api-2").antiAffinity())
                .containsExactly(AffinityTerm.toWorkload("api-2", TopologyKey.NODE));
        assertReadable(added.topology());
    }

    @Test
    void aLinkJoinsTwoSitesOrADeviceGroupAndItsSite() {
        Added link = TopologyEdits.addLink(shop, "store-1", "store-2", 9);
        assertThat(link.id()).isEqualTo("store-1 <-> store-2");
        assertThat(link.topology().links()).hasSize(4);

        Added radio = TopologyEdits.addLink(shop, "store-2/cam", "store-2", 1);
        assertThat(radio.id()).isEqualTo("store-2/cam <-> store-2");
        assertReadable(radio.topology());
    }

    @Test
    void badLinksAreRefusedWithTheReason() {
        assertThatThrownBy(() -> TopologyEdits.addLink(shop, "store-1", "store-1", 1))
                .hasMessage("a link between store-1 and store-1 is not allowed");
        assertThatThrownBy(() -> TopologyEdits.addLink(shop, "store-1/cam", "store-2", 1))
                .hasMessage("devices store-1/cam are at site store-1: link them to store-1, not store-2");
        assertThatThrownBy(() -> TopologyEdits.addLink(shop, "store-2", "cloud", 1))
                .hasMessage("store-2 and cloud are already linked");
        assertThatThrownBy(() -> TopologyEdits.addLink(shop, "aks", "cloud", 1))
                .hasMessage("aks is a cluster: a link joins sites, or a device group and its own site");
        assertThatThrownBy(() -> TopologyEdits.addLink(shop, "store-1/tv", "store-1", 1))
                .hasMessage("site store-1 has no devices named tv");
        assertThatThrownBy(() -> TopologyEdits.addLink(shop, "store-1", "store-2", -1))
                .hasMessageContaining("at least 0");
    }

    // ---- deletes ---------------------------------------------------------------------------------------------

    @Test
    void aSiteTakesItsLinksLayoutPinsAndReferences() {
        Topology t = TopologyEdits.delete(shop, List.of("store-1"));

        assertThat(t.sites()).extracting(Site::name).containsExactly("cloud", "store-2");
        assertThat(t.links()).extracting(TopologyEdits::linkId).containsExactly("cloud <-> store-2");
        assertThat(t.layout().positions()).containsOnlyKeys("aks", "aks/general", "cloud", "store-2");
        Workload api = workload(t, "api");
        assertThat(api.affinity().get(0).clusters()).containsExactly("aks");
        assertThat(api.clusterAffinities().get(1).clusters()).containsExactly("store-2-k3s");
        assertThat(api.replicaScheduling().weights()).containsOnlyKeys("aks");
        assertThat(api.pins()).containsExactly(new Pin(0, "aks/general-2"));
        Workload vision = workload(t, "vision");
        assertThat(vision.affinity().get(0).nodes()).containsExactly("store-2/cam-1");
        assertThat(vision.latency()).isNull();
        assertThat(vision.pins()).isEmpty();
        assertReadable(t);
    }

    @Test
    void aTermNamingOnlyDeletedThingsGoes() {
        Topology t = TopologyEdits.delete(shop, List.of("cloud"));

        assertThat(workload(t, "api").affinity()).hasSize(1);
        assertThat(workload(t, "api").affinity().get(0).clusters()).containsExactly("store-1-k3s");
        assertThat(workload(t, "api").clusterAffinities()).extracting(g -> g.name()).containsExactly("stores");
        assertThat(workload(t, "api").replicaScheduling().weights()).containsOnlyKeys("store-1-k3s");
        assertReadable(t);
    }

    @Test
    void weightsOfOnlyDeletedClustersLeaveTheSchedulingToTheEngine() {
        Topology t = TopologyEdits.delete(shop, List.of("aks", "store-1-k3s"));

        assertThat(workload(t, "api").replicaScheduling()).isNull();
        assertThat(workload(t, "api").pins()).isEmpty();
        assertThat(t.layout().positions()).doesNotContainKeys("aks", "aks/general", "store-1-k3s",
                "store-1-k3s/gw");
        assertThat(device(t, "store-1", "cam").gateway()).isNull();
        assertReadable(t);
    }

    @Test
    void aNodePoolTakesTheGatewaysAndPinsOnIt() {
        Topology t = TopologyEdits.delete(shop, List.of("store-1-k3s/gw"));

        assertThat(device(t, "store-1", "cam").gateway()).isNull();
        assertThat(device(t, "store-1", "shelf").gateway()).isNull();
        assertThat(device(t, "store-2", "shelf").gateway()).isEqualTo("gw");
        assertThat(workload(t, "api").pins()).containsExactly(new Pin(0, "aks/general-2"));
        assertReadable(t);
    }

    @Test
    void aDeviceGroupTakesItsLinksAndLatencyBounds() {
        Topology t = TopologyEdits.delete(shop, List.of("store-1/cam"));

        assertThat(t.links()).hasSize(2);
        assertThat(workload(t, "vision").latency()).isNull();
        assertThat(workload(t, "vision").affinity().get(0).nodes()).containsExactly("store-2/cam-1");
        assertThat(t.layout().positions()).doesNotContainKey("store-1/cam");
        assertReadable(t);
    }

    @Test
    void theLastDevicesOfATargetedFleetAreKeptUnlessItsWorkloadGoesToo() {
        assertThatThrownBy(() -> TopologyEdits.delete(shop, List.of("store-1", "store-2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("workload shelf-fw targets fleet shelves, which would have no devices left");

        Topology t = TopologyEdits.delete(shop, List.of("store-1", "store-2", "shelf-fw"));
        assertThat(t.workloads()).extracting(Workload::name).containsExactly("api", "vision");
        assertReadable(t);
    }

    @Test
    void aWorkloadTakesTheTermsNamingIt() {
        Topology t = TopologyEdits.delete(shop, List.of("api"));

        assertThat(t.workloads()).extracting(Workload::name).containsExactly("vision", "shelf-fw");
        assertThat(workload(t, "vision").affinity()).hasSize(1);
        assertReadable(t);
    }

    @Test
    void aLinkGoesByItsIdInEitherOrder() {
        assertThat(TopologyEdits.delete(shop, List.of("cloud <-> store-1")).links()).hasSize(2);
        assertThat(TopologyEdits.delete(shop, List.of("store-1 <-> cloud")).links()).hasSize(2);
    }

    @Test
    void unknownIdsAreRefused() {
        assertThatThrownBy(() -> TopologyEdits.delete(shop, List.of("store-9")))
                .hasMessage("there is nothing named store-9 to delete");
        assertThatThrownBy(() -> TopologyEdits.delete(shop, List.of("aks/cpu")))
                .hasMessage("there is no node pool or device group aks/cpu to delete");
        assertThatThrownBy(() -> TopologyEdits.delete(shop, List.of("store-1 <-> store-2")))
                .hasMessage("there is no link between store-1 and store-2");
    }

    @Test
    void deleteWorkloadsReachesAWorkloadNamedLikeASite() {
        Workload named = Workload.service("cloud", "registry.example.com/x:1", 1, Resources.NONE);
        Topology t = TopologyEdits.addWorkload(shop, named).topology();

        Topology deleted = TopologyEdits.deleteWorkloads(t, List.of("cloud"));

        assertThat(deleted.sites()).extracting(Site::name).contains("cloud");
        assertThat(deleted.workloads()).extracting(Workload::name).doesNotContain("cloud");
    }

    // ---- renames ---------------------------------------------------------------------------------------------

    @Test
    void aSiteRenameFollowsLinksLatencyNodesPinsAndLayout() {
        Topology t = TopologyEdits.rename(shop, "store-1", "shop-1");

        assertThat(t.links()).extracting(TopologyEdits::linkId)
                .containsExactly("cloud <-> shop-1", "cloud <-> store-2", "shop-1/cam <-> shop-1");
        Workload vision = workload(t, "vision");
        assertThat(vision.latency().to()).isEqualTo("shop-1/cam");
        assertThat(vision.affinity().get(0).nodes()).containsExactly("shop-1/cam", "store-2/cam-1");
        assertThat(vision.pins()).containsExactly(new Pin(1, "shop-1/cam-3"));
        assertThat(t.layout().positions()).containsKeys("shop-1", "shop-1/cam").doesNotContainKey("store-1");
        assertReadable(t);
    }

    @Test
    void aClusterRenameFollowsTermsGroupsWeightsPinsAndLayoutOfItsPools() {
        Topology t = TopologyEdits.rename(shop, "aks", "aks-weu");

        Workload api = workload(t, "api");
        assertThat(api.affinity().get(0).clusters()).containsExactly("aks-weu", "store-1-k3s");
        assertThat(api.clusterAffinities().get(0).clusters()).containsExactly("aks-weu");
        assertThat(api.replicaScheduling().weights()).containsOnlyKeys("aks-weu", "store-1-k3s");
        assertThat(api.pins()).contains(new Pin(0, "aks-weu/general-2"));
        assertThat(t.layout().positions()).containsKeys("aks-weu", "aks-weu/general")
                .doesNotContainKeys("aks", "aks/general");
        assertReadable(t);
    }

    @Test
    void aClusterRenameFollowsQualifiedGateways() {
        Topology t = TopologyEdits.rename(shop, "store-2-k3s", "k3s-2");

        assertThat(device(t, "store-2", "cam").gateway()).isEqualTo("k3s-2/gw");
        assertThat(device(t, "store-2", "shelf").gateway()).isEqualTo("gw");
        assertReadable(t);
    }

    @Test
    void aPoolRenameRenamesItsMembersEverywhere() {
        Topology t = TopologyEdits.rename(shop, "aks/general", "compute");

        assertThat(workload(t, "api").pins()).contains(new Pin(0, "aks/compute-2"));
        assertThat(t.layout().positions()).containsKey("aks/compute").doesNotContainKey("aks/general");
        assertReadable(t);
    }

    @Test
    void aGatewayNodeRenameFollowsTheDevicesThatUseIt() {
        Topology t = TopologyEdits.rename(shop, "store-1-k3s/gw", "edge");

        assertThat(device(t, "store-1", "cam").gateway()).isEqualTo("edge");
        assertThat(device(t, "store-2", "cam").gateway()).isEqualTo("store-2-k3s/gw");
        assertThat(workload(t, "api").pins()).contains(new Pin(1, "store-1-k3s/edge"));
        assertThat(t.layout().positions()).containsKey("store-1-k3s/edge");
        assertReadable(t);
    }

    @Test
    void aDeviceGroupRenameFollowsLinksLatencyTermsAndPins() {
        Topology t = TopologyEdits.rename(shop, "store-1/cam", "camera");

        assertThat(t.links()).extracting(TopologyEdits::linkId).contains("store-1/camera <-> store-1");
        Workload vision = workload(t, "vision");
        assertThat(vision.latency().to()).isEqualTo("store-1/camera");
        assertThat(vision.affinity().get(0).nodes()).containsExactly("store-1/camera", "store-2/cam-1");
        assertThat(vision.pins()).containsExactly(new Pin(1, "store-1/camera-3"));
        assertReadable(t);
    }

    @Test
    void aWorkloadRenameFollowsWorkloadTerms() {
        Topology t = TopologyEdits.rename(shop, "api", "web");

        assertThat(workload(t, "web").antiAffinity().get(0).workload()).isEqualTo("web");
        assertThat(workload(t, "vision").affinity().get(1).workload()).isEqualTo("web");
        assertReadable(t);
    }

    @Test
    void takenAndInvalidNamesAreRefused() {
        assertThatThrownBy(() -> TopologyEdits.rename(shop, "store-1", "store-2"))
                .hasMessage("the name store-2 is taken by a site: sites and clusters share one set of names");
        assertThatThrownBy(() -> TopologyEdits.rename(shop, "store-1", "aks"))
                .hasMessage("the name aks is taken by a cluster: sites and clusters share one set of names");
        assertThatThrownBy(() -> TopologyEdits.rename(shop, "store-1", "Store"))
                .hasMessageStartingWith("name \"Store\" is not a valid name: use lower-case letters, digits and -");
        assertThatThrownBy(() -> TopologyEdits.rename(shop, "aks/gpu", "general-1"))
                .hasMessage("cluster aks already has a node pool named general-1 or nodes of that name");
        assertThatThrownBy(() -> TopologyEdits.rename(shop, "store-1/cam", "shelf"))
                .hasMessage("site store-1 already has devices named shelf");
        assertThatThrownBy(() -> TopologyEdits.rename(shop, "api", "vision"))
                .hasMessage("there is already a workload named vision");
        assertThatThrownBy(() -> TopologyEdits.rename(shop, "cloud <-> store-1", "x"))
                .hasMessage("a link has no name of its own to change");
    }

    @Test
    void renamingToTheSameNameChangesNothing() {
        assertThat(TopologyEdits.rename(shop, "store-1", "store-1")).isSameAs(shop);
    }

    // ---- fields ----------------------------------------------------------------------------------------------

    @Test
    void moveSetsPositionsOfElementsOnly() {
        Topology t = TopologyEdits.move(shop, Map.of("store-2/cam", new Position(7, 8), "cloud",
                new Position(-5, 0)));

        assertThat(t.layout().positions()).containsEntry("store-2/cam", new Position(7, 8))
                .containsEntry("cloud", new Position(-5, 0));
        assertThatThrownBy(() -> TopologyEdits.move(shop, Map.of("api", new Position(0, 0))))
                .hasMessage("there is no site, cluster, node pool or device group api to move");
    }

    @Test
    void replaceSiteKeepsItsNameClustersAndDevices() {
        Site updated = new Site("other", SiteKind.FACTORY, Provider.OTHER, "lyon", "DE", 56.0, Map.of(), List.of(),
                List.of());

        Site s = site(TopologyEdits.replaceSite(shop, "store-1", updated), "store-1");

        assertThat(s.kind()).isEqualTo(SiteKind.FACTORY);
        assertThat(s.jurisdiction()).isEqualTo("DE");
        assertThat(s.clusters()).hasSize(1);
        assertThat(s.devices()).hasSize(2);
    }

    @Test
    void replaceClusterKeepsItsNameAndPools() {
        Topology t = TopologyEdits.replaceCluster(shop, "aks", cluster("x"));

        assertThat(pool(t, "aks", "general").count()).isEqualTo(3);
        assertThat(site(t, "cloud").clusters().get(0).distribution()).isEqualTo(Distribution.K3S);
    }

    @Test
    void aSmallerPoolLosesThePinsOnNodesItNoLongerHas() {
        Topology t = TopologyEdits.replaceNodePool(shop, "aks/general", resized(pool(shop, "aks", "general"), 1));

        assertThat(pool(t, "aks", "general").count()).isEqualTo(1);
        assertThat(workload(t, "api").pins()).containsExactly(new Pin(1, "store-1-k3s/gw"));
        assertReadable(t);
    }

    @Test
    void aGatewayNodeGrownIntoAPoolIsNoLongerAGateway() {
        Topology t = TopologyEdits.replaceNodePool(shop, "store-1-k3s/gw",
                resized(pool(shop, "store-1-k3s", "gw"), 2));

        assertThat(device(t, "store-1", "cam").gateway()).isNull();
        assertThat(workload(t, "api").pins()).containsExactly(new Pin(0, "aks/general-2"));
        assertReadable(t);
    }

    @Test
    void aSmallerDeviceGroupLosesPinsOnMembersItNoLongerHas() {
        Device cam = device(shop, "store-1", "cam");

        Topology t = TopologyEdits.replaceDeviceGroup(shop, "store-1/cam", resized(cam, 2));

        assertThat(workload(t, "vision").pins()).isEmpty();
        assertThat(workload(t, "vision").affinity().get(0).nodes()).contains("store-1/cam");
        assertReadable(t);
    }

    @Test
    void aDeviceGroupThatStopsBeingAGatewayLeavesItsDevicesWithout() {
        Topology hub = TopologyEdits.addDeviceGroup(shop, "store-2", newDevice("hub", 1, DeviceKind.GATEWAY, null),
                null).topology();
        hub = TopologyEdits.addDeviceGroup(hub, "store-2", newDevice("tag", 3, DeviceKind.SENSOR, "hub"), null)
                .topology();

        Topology t = TopologyEdits.replaceDeviceGroup(hub, "store-2/hub", newDevice("x", 1, DeviceKind.OTHER, null));

        assertThat(device(t, "store-2", "tag").gateway()).isNull();
        assertReadable(t);
    }

    @Test
    void aDeviceGroupsNewGatewayMustExist() {
        assertThatThrownBy(() -> TopologyEdits.replaceDeviceGroup(shop, "store-1/cam",
                newDevice("cam", 4, DeviceKind.CAMERA, "nowhere")))
                .hasMessage("gateway nowhere of store-1/cam: site store-1 has no node or gateway device of that name");
    }

    @Test
    void replaceLinkKeepsItsEnds() {
        Link faster = new Link(List.of("a", "b"), 3, 1000.0, null);

        Topology t = TopologyEdits.replaceLink(shop, "cloud <-> store-1", faster);

        assertThat(t.links().get(0)).isEqualTo(new Link(List.of("cloud", "store-1"), 3, 1000.0, null));
    }

    @Test
    void replaceWorkloadKeepsItsNameAndChecksItsReferences() {
        Workload other = Workload.service("other", "registry.example.com/x:2", 2, Resources.NONE);
        Topology t = TopologyEdits.replaceWorkload(shop, "api", other);

        assertThat(workload(t, "api").image()).isEqualTo("registry.example.com/x:2");
        assertThat(workload(t, "vision").affinity().get(1).workload()).isEqualTo("api");

        Workload broken = new Workload("api", other.kind(), other.image(), null, 1, 0, Resources.NONE,
                Resources.NONE, List.of(), List.of(), null, null, Map.of(), List.of(),
                List.of(new AffinityTerm(List.of("mars"), List.of(), List.of(), Map.of(), null, null, null)),
                List.of(), List.of(), null, List.of(), null, List.of(), null, List.of(), Map.of());
        assertThatThrownBy(() -> TopologyEdits.replaceWorkload(shop, "api", broken))
                .hasMessage("affinity of workload api names site mars, which does not exist");
    }

    // ---- pins and affinity -----------------------------------------------------------------------------------

    @Test
    void aPinReplacesTheReplicasEarlierPin() {
        Topology t = TopologyEdits.pin(shop, "api", 0, "aks/general-3");
        t = TopologyEdits.pin(t, "api", 2, "store-1-k3s/gw");

        assertThat(workload(t, "api").pins()).containsExactly(new Pin(0, "aks/general-3"),
                new Pin(1, "store-1-k3s/gw"), new Pin(2, "store-1-k3s/gw"));
        assertReadable(t);
    }

    @Test
    void pinsNameOneMemberOfAnExistingReplica() {
        assertThatThrownBy(() -> TopologyEdits.pin(shop, "api", 3, "aks/general-1"))
                .hasMessage("workload api has 3 replica(s), numbered from 0: there is no replica 3");
        assertThatThrownBy(() -> TopologyEdits.pin(shop, "api", 0, "aks/general"))
                .hasMessageStartingWith("aks/general is not a node or device");
        assertThatThrownBy(() -> TopologyEdits.pin(shop, "nope", 0, "aks/general-1"))
                .hasMessage("there is no workload named nope");
    }

    @Test
    void unpinRemovesOnlyThatReplicasPin() {
        Topology t = TopologyEdits.unpin(shop, "api", 0);

        assertThat(workload(t, "api").pins()).containsExactly(new Pin(1, "store-1-k3s/gw"));
        assertThat(TopologyEdits.unpin(shop, "api", 2)).isSameAs(shop);
    }

    @Test
    void droppingAWorkloadOnAnElementAddsATermForIt() {
        Topology t = TopologyEdits.addAffinity(shop, "vision", "store-2", null);
        t = TopologyEdits.addAffinity(t, "vision", "aks", 40);
        t = TopologyEdits.addAffinity(t, "vision", "aks/gpu", null);

        List<AffinityTerm> terms = workload(t, "vision").affinity();
        assertThat(terms).hasSize(5);
        assertThat(terms.get(2).sites()).containsExactly("store-2");
        assertThat(terms.get(3).clusters()).containsExactly("aks");
        assertThat(terms.get(3).preferred()).isEqualTo(40);
        assertThat(terms.get(4).nodes()).containsExactly("aks/gpu");
        assertThat(TopologyEdits.addAffinity(t, "vision", "aks/gpu", null)).isSameAs(t);
        assertReadable(t);
    }

    @Test
    void affinityToNothingOrWithABadWeightIsRefused() {
        assertThatThrownBy(() -> TopologyEdits.addAffinity(shop, "vision", "mars", null))
                .hasMessage("there is no site, cluster, node pool or device group mars to run vision on");
        assertThatThrownBy(() -> TopologyEdits.addAffinity(shop, "vision", "cloud", 0))
                .hasMessage("a preferred affinity has a weight from 1 to 100, got 0");
    }

    // ---- gateways ------------------------------------------------------------------------------------------------

    @Test
    void aPoolRenamedToTheGatewaysNameQualifiesTheGatewaysOfTheOtherCluster() {
        Topology t = TopologyEdits.addCluster(shop, "store-1", cluster("spare", node("pi", 1)), null).topology();
        assertThat(device(t, "store-1", "cam").gateway()).isEqualTo("gw");

        Topology renamed = TopologyEdits.rename(t, "spare/pi", "gw");

        assertThat(device(renamed, "store-1", "cam").gateway()).isEqualTo("store-1-k3s/gw");
        assertReadable(renamed);
    }

    @Test
    void aGatewayNodeRenamedToANameTakenInTheOtherClusterIsQualified() {
        Topology t = TopologyEdits.addCluster(shop, "store-1", cluster("spare", node("pi", 1)), null).topology();

        Topology renamed = TopologyEdits.rename(t, "store-1-k3s/gw", "pi");

        assertThat(device(renamed, "store-1", "cam").gateway()).isEqualTo("store-1-k3s/pi");
        assertReadable(renamed);
    }

    @Test
    void aGatewayDeviceRenameFollowsTheDevicesBehindIt() {
        Topology hub = TopologyEdits.addDeviceGroup(shop, "store-2", newDevice("hub", 1, DeviceKind.GATEWAY, null),
                null).topology();
        hub = TopologyEdits.addDeviceGroup(hub, "store-2", newDevice("tag", 3, DeviceKind.SENSOR, "hub"), null)
                .topology();

        Topology renamed = TopologyEdits.rename(hub, "store-2/hub", "router");

        assertThat(device(renamed, "store-2", "tag").gateway()).isEqualTo("router");
        assertReadable(renamed);
        assertThat(device(TopologyEdits.delete(hub, List.of("store-2/hub")), "store-2", "tag").gateway()).isNull();
    }

    @Test
    void aSiteRenameKeepsItsDevicesGateways() {
        Topology renamed = TopologyEdits.rename(shop, "store-2", "shop-2");

        assertThat(device(renamed, "shop-2", "cam").gateway()).isEqualTo("store-2-k3s/gw");
        assertThat(device(renamed, "shop-2", "shelf").gateway()).isEqualTo("gw");
        assertReadable(renamed);
    }

    @Test
    void aDeviceGroupCannotTakeAwayTheLastDevicesOfATargetedFleet() {
        Topology oneStore = TopologyEdits.delete(shop, List.of("store-2"));
        Device shelf = device(oneStore, "store-1", "shelf");
        Device otherFleet = new Device(shelf.name(), shelf.count(), shelf.kind(), shelf.arch(), shelf.os(),
                shelf.runtimes(), shelf.capacity(), shelf.cpuMHz(), shelf.firmware(), shelf.gateway(), "other",
                shelf.labels(), shelf.powerWatts());

        assertThatThrownBy(() -> TopologyEdits.replaceDeviceGroup(oneStore, "store-1/shelf", otherFleet))
                .hasMessage("workload shelf-fw targets fleet shelves, which would have no devices left");
    }
}
