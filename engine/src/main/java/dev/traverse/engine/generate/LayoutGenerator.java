package dev.traverse.engine.generate;

import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Layout;
import dev.traverse.engine.model.Position;
import dev.traverse.engine.model.Site;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Canvas positions: sites on a square-ish grid in the order they are listed (clouds first, stores last), each
 * site's clusters in a row beneath it.
 */
final class LayoutGenerator {

    private static final double CELL_WIDTH = 360;
    private static final double CELL_HEIGHT = 260;
    private static final double MARGIN = 40;
    private static final double CLUSTER_DX = 110;
    private static final double CLUSTER_DY = 90;
    private static final int CLUSTERS_PER_ROW = 3;

    private LayoutGenerator() {
    }

    static Layout layout(List<Site> sites) {
        int columns = Math.max(1, (int) Math.ceil(Math.sqrt(sites.size())));
        Map<String, Position> positions = new HashMap<>();
        for (int i = 0; i < sites.size(); i++) {
            Site site = sites.get(i);
            double x = MARGIN + (i % columns) * CELL_WIDTH;
            double y = MARGIN + (i / columns) * CELL_HEIGHT;
            positions.put(site.name(), new Position(x, y));
            List<Cluster> clusters = site.clusters();
            for (int c = 0; c < clusters.size(); c++) {
                // a region with many clusters stacks rows into the cell below; overlap there is acceptable
                double cx = x + (c % CLUSTERS_PER_ROW) * CLUSTER_DX;
                double cy = y + CLUSTER_DY + (c / CLUSTERS_PER_ROW) * CLUSTER_DY / 2;
                positions.put(clusters.get(c).name(), new Position(cx, cy));
            }
        }
        // Layout sorts its keys, so the map's own order does not matter
        return new Layout(positions);
    }
}
