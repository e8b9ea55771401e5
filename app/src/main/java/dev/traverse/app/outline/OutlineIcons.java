package dev.traverse.app.outline;

import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Site;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** Which icon an outline row shows: by kind, and for sites and devices by what kind of site or device. */
final class OutlineIcons {

    private OutlineIcons() {
    }

    static Ikon of(OutlineItem item) {
        return switch (item.kind()) {
            case TOPOLOGY -> Material2OutlinedAL.ACCOUNT_TREE;
            case SITE -> site((Site) item.element());
            case CLUSTER -> Material2OutlinedMZ.WIDGETS;
            case NODE_POOL -> Material2OutlinedAL.DNS;
            case DEVICE -> device((Device) item.element());
        };
    }

    private static Ikon site(Site site) {
        return switch (site.kind()) {
            case CLOUD_REGION -> Material2OutlinedAL.CLOUD;
            case ON_PREM_DC -> Material2OutlinedMZ.STORAGE;
            case EDGE_POP -> Material2OutlinedMZ.ROUTER;
            case STORE -> Material2OutlinedMZ.STORE;
            case FACTORY -> Material2OutlinedAL.BUSINESS;
            case VEHICLE -> Material2OutlinedAL.DIRECTIONS_CAR;
            case HOME -> Material2OutlinedAL.HOME;
            case OFFICE -> Material2OutlinedAL.APARTMENT;
            case OTHER -> Material2OutlinedAL.LOCATION_ON;
        };
    }

    private static Ikon device(Device device) {
        return switch (device.kind()) {
            case GATEWAY -> Material2OutlinedMZ.ROUTER;
            case CAMERA -> Material2OutlinedMZ.VIDEOCAM;
            case SENSOR -> Material2OutlinedMZ.SETTINGS_INPUT_ANTENNA;
            case VEHICLE_ECU -> Material2OutlinedAL.DEVELOPER_BOARD;
            case OTHER -> Material2OutlinedAL.DEVICES_OTHER;
        };
    }
}
