package dev.traverse.app.designer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.testing.SampleTopologies;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MoveWarmUpTest {

    @Test
    void movesASiteOfASmallTopologyMadeOfTheFirstSites() {
        Topology retail = SampleTopologies.load("retail-chain");
        Topology small = MoveWarmUp.firstSites(retail);
        assertThat(small.sites()).containsExactlyElementsOf(retail.sites().subList(0, MoveWarmUp.SITES));
        assertThat(small.workloads()).isEmpty();
        Set<String> names = small.sites().stream().map(Site::name).collect(Collectors.toSet());
        assertThat(small.links()).allSatisfy(l -> assertThat(l.between())
                .allSatisfy(end -> assertThat(names).contains(end.contains("/") ? end.substring(0,
                        end.indexOf('/')) : end)));
        assertThat(MoveWarmUp.run(retail)).isEqualTo(MoveWarmUp.MOVES);
    }
}
