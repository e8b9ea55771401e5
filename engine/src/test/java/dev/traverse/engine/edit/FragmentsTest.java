package dev.traverse.engine.edit;

import static dev.traverse.engine.edit.EditFixtures.assertReadable;
import static dev.traverse.engine.edit.EditFixtures.device;
import static dev.traverse.engine.edit.EditFixtures.site;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Position;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

class FragmentsTest {

    private final Topology shop = EditFixtures.shop();

    @Test
    void copyingASiteTakesItsDescendantsLinksAmongThemAndLayout() {
        Fragment fragment = Fragments.copy(shop, List.of("store-1"));

        assertThat(fragment.holders()).isEmpty();
        assertThat(fragment.content().sites()).extracting(Site::name).containsExactly("store-1");
        assertThat(fragment.content().links()).extracting(TopologyEdits::linkId)
                .containsExactly("store-1/cam <-> store-1");
        assertThat(fragment.content().layout().positions()).containsOnlyKeys("store-1", "store-1-k3s",
                "store-1-k3s/gw", "store-1/cam");
        assertThat(fragment.content().workloads()).isEmpty();
    }

    @Test
    void duplicatingASiteGivesFreshNamesAndMovesItsLayout() {
        Pasted pasted = Fragments.duplicate(shop, List.of("store-1"), 40, 30);

        assertThat(pasted.newIds()).containsExactly("store-1-2");
        Site copy = site(pasted.topology(), "store-1-2");
        assertThat(copy.clusters()).extracting(Cluster::name).containsExactly("store-1-k3s-2");
        assertThat(copy.devices().get(0).gateway()).isEqualTo("gw");
        assertThat(pasted.topology().links()).extracting(TopologyEdits::linkId)
                .contains("store-1-2/cam <-> store-1-2");
        assertThat(pasted.topology().layout().positions())
                .containsEntry("store-1-2", new Position(600, 90))
                .containsEntry("store-1-k3s-2/gw", new Position(620, 150))
                .containsEntry("store-1-2/cam", new Position(640, 230));
        assertReadable(pasted.topology());
    }

    @Test
    void aDuplicatedSiteKeepsQualifiedGatewaysOnItsOwnCluster() {
        Pasted pasted = Fragments.duplicate(shop, List.of("store-2"), 0, 0);

        assertThat(device(pasted.topology(), "store-2-2", "cam").gateway()).isEqualTo("store-2-k3s-2/gw");
        assertReadable(pasted.topology());
    }

    @Test
    void aDuplicatedDeviceGroupStaysAtItsSiteWithItsGatewayAndLink() {
        // cam-2 .. cam-4 are members of cam: a group of that name would make store-1/cam-2 mean two things
        Pasted pasted = Fragments.duplicate(shop, List.of("store-1/cam"), 10, 0);

        assertThat(pasted.newIds()).containsExactly("store-1/cam-5");
        assertThat(device(pasted.topology(), "store-1", "cam-5").gateway()).isEqualTo("gw");
        assertThat(pasted.topology().links()).extracting(TopologyEdits::linkId).contains("store-1/cam-5 <-> store-1");
        assertThat(pasted.topology().layout().positions()).containsEntry("store-1/cam-5", new Position(610, 200));
        assertReadable(pasted.topology());
    }

    @Test
    void aDuplicatedPoolGoesBackIntoItsCluster() {
        Pasted pasted = Fragments.duplicate(shop, List.of("aks/general", "aks/gpu"), 0, 0);

        assertThat(pasted.newIds()).containsExactly("aks/general-4", "aks/gpu-2");
        assertThat(site(pasted.topology(), "cloud").clusters().get(0).nodes()).extracting(Node::name)
                .containsExactly("general", "gpu", "general-4", "gpu-2");
        assertReadable(pasted.topology());
    }

    @Test
    void aDuplicatedClusterQualifiesTheBareGatewaysItMadeAmbiguous() {
        Pasted pasted = Fragments.duplicate(shop, List.of("store-1-k3s"), 0, 0);

        assertThat(pasted.newIds()).containsExactly("store-1-k3s-2");
        assertThat(device(pasted.topology(), "store-1", "cam").gateway()).isEqualTo("store-1-k3s/gw");
        assertReadable(pasted.topology());
    }

    @Test
    void aFragmentPastedWhereItsParentIsMissingBringsTheParent() {
        Fragment fragment = Fragments.copy(shop, List.of("store-1/cam"));
        Topology elsewhere = TopologyEdits.delete(shop, List.of("store-1"));

        Pasted pasted = Fragments.paste(elsewhere, fragment, 0, 0);

        assertThat(pasted.newIds()).containsExactly("store-1");
        assertThat(site(pasted.topology(), "store-1").devices()).extracting(d -> d.name()).containsExactly("cam");
        assertThat(device(pasted.topology(), "store-1", "cam").gateway()).isNull();
        assertReadable(pasted.topology());
    }

    @Test
    void copyRefusesUnknownIdsAndSkipsLinks() {
        assertThatThrownBy(() -> Fragments.copy(shop, List.of("mars")))
                .hasMessage("there is no site, cluster, node pool or device group mars to copy");
        assertThat(Fragments.copy(shop, List.of("cloud <-> store-1")).isEmpty()).isTrue();
    }

    @Test
    void textRoundTripKeepsHoldersAndContent() {
        Fragment fragment = Fragments.copy(shop, List.of("store-1/cam", "aks/gpu", "store-2"));

        String text = FragmentText.write(fragment);
        Fragment read = FragmentText.read(text);

        assertThat(text).contains("traverse.dev/clipboard: holder").contains("traverse.dev/clipboard: fragment");
        assertThat(read.holders()).containsExactlyInAnyOrder("store-1", "cloud", "aks");
        assertThat(read.content().sites()).extracting(Site::name).containsExactly("cloud", "store-1", "store-2");
        // the camera's gateway named a node outside the fragment: text stands alone without it
        assertThat(device(read.content(), "store-1", "cam").gateway()).isNull();
        assertThat(site(read.content(), "cloud").labels()).isEmpty();
        Pasted pasted = Fragments.paste(shop, read, 20, 20);
        assertThat(pasted.newIds()).containsExactly("aks/gpu-2", "store-1/cam-5", "store-2-2");
        assertReadable(pasted.topology());
    }

    @Test
    void aWholeTopologyFileIsAFragmentOfAllItsSites() {
        Fragment fragment = FragmentText.read(EditFixtures.SHOP);

        assertThat(fragment.holders()).isEmpty();
        Pasted pasted = Fragments.paste(shop, fragment, 0, 0);
        assertThat(pasted.newIds()).containsExactly("cloud-2", "store-1-2", "store-2-2");
        assertReadable(pasted.topology());
    }

    @Test
    void textThatIsNoTopologyIsRefusedWithItsFirstError() {
        assertThatThrownBy(() -> FragmentText.read("hello: world"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the clipboard holds no Traverse elements: line 1:");
    }
}
