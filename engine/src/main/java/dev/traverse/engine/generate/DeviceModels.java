package dev.traverse.engine.generate;

import static dev.traverse.engine.generate.Quantities.GI;
import static dev.traverse.engine.generate.Quantities.KI;
import static dev.traverse.engine.generate.Quantities.MI;
import static dev.traverse.engine.model.Runtime.CONTAINER;
import static dev.traverse.engine.model.Runtime.FIRMWARE;

import dev.traverse.engine.model.Arch;
import dev.traverse.engine.model.DeviceKind;
import dev.traverse.engine.model.Os;
import dev.traverse.engine.model.SiteKind;
import java.util.List;

/**
 * The device models each kind of site has, and their shares of its devices. Cameras are arm64 Linux boxes, some of
 * which also run containers; sensors and controllers are microcontrollers that only take firmware.
 */
final class DeviceModels {

    /** A model and its share of a site's devices. */
    record Share(DeviceModel model, double weight) {
    }

    static final DeviceModel STORE_CAMERA = new DeviceModel("store-cameras", "cam", DeviceKind.CAMERA, Arch.ARM64,
            Os.LINUX, List.of(FIRMWARE), 1200, 512 * MI, 4 * GI, 1500, "3.2.1", 6, 2, 16);
    static final DeviceModel SMART_CAMERA = new DeviceModel("smart-cameras", "smart-cam", DeviceKind.CAMERA,
            Arch.ARM64, Os.LINUX, List.of(FIRMWARE, CONTAINER), 2000, 2 * GI, 16 * GI, 1800, "4.0.3", 9, 2, 12);
    static final DeviceModel SHELF_SENSOR = new DeviceModel("shelf-sensors", "shelf", DeviceKind.SENSOR,
            Arch.CORTEX_M4, Os.FREERTOS, List.of(FIRMWARE), 0, 256 * KI, MI, 64, "1.9.0", 0.1, 8, 64);
    static final DeviceModel SHELF_SENSOR_V2 = new DeviceModel("shelf-sensors-v2", "shelf-v2", DeviceKind.SENSOR,
            Arch.CORTEX_M33, Os.ZEPHYR, List.of(FIRMWARE), 0, 512 * KI, 2 * MI, 160, "2.1.4", 0.15, 8, 64);
    static final DeviceModel QC_CAMERA = new DeviceModel("qc-cameras", "qc-cam", DeviceKind.CAMERA, Arch.ARM64,
            Os.LINUX, List.of(FIRMWARE, CONTAINER), 4000, 4 * GI, 32 * GI, 2200, "5.1.0", 15, 2, 12);
    static final DeviceModel PLC = new DeviceModel("plc-controllers", "plc", DeviceKind.OTHER, Arch.CORTEX_M7,
            Os.FREERTOS, List.of(FIRMWARE), 0, MI, 2 * MI, 480, "7.3.2", 4, 2, 12);
    static final DeviceModel VIBRATION_SENSOR = new DeviceModel("vibration-sensors", "vib", DeviceKind.SENSOR,
            Arch.XTENSA, Os.FREERTOS, List.of(FIRMWARE), 0, 320 * KI, 4 * MI, 240, "2.4.0", 0.5, 8, 48);
    static final DeviceModel ENV_SENSOR = new DeviceModel("env-sensors", "env", DeviceKind.SENSOR, Arch.RISCV32,
            Os.ZEPHYR, List.of(FIRMWARE), 0, 400 * KI, 4 * MI, 160, "1.2.7", 0.3, 4, 32);
    static final DeviceModel TRAFFIC_CAMERA = new DeviceModel("traffic-cameras", "traffic-cam", DeviceKind.CAMERA,
            Arch.ARM64, Os.LINUX, List.of(FIRMWARE), 1500, GI, 8 * GI, 1700, "2.8.1", 8, 2, 16);
    static final DeviceModel AIR_SENSOR = new DeviceModel("air-quality-sensors", "air", DeviceKind.SENSOR,
            Arch.CORTEX_M0, Os.BARE_METAL, List.of(FIRMWARE), 0, 32 * KI, 256 * KI, 48, "0.9.4", 0.05, 4, 32);
    static final DeviceModel SECURITY_CAMERA = new DeviceModel("security-cameras", "sec-cam", DeviceKind.CAMERA,
            Arch.ARM64, Os.LINUX, List.of(FIRMWARE), 1200, 512 * MI, 4 * GI, 1500, "3.2.1", 6, 2, 16);
    /** Gateways run containers (protocol adapters) and take firmware updates themselves. */
    static final DeviceModel IOT_GATEWAY = new DeviceModel("iot-gateways", "iot-gw", DeviceKind.GATEWAY, Arch.ARM64,
            Os.LINUX, List.of(CONTAINER, FIRMWARE), 4000, 4 * GI, 32 * GI, 1800, "6.2.0", 7, 1, 3);

    private DeviceModels() {
    }

    /** The non-gateway models at a kind of site, with their shares of its devices. */
    static List<Share> at(SiteKind kind) {
        return switch (kind) {
            case STORE -> List.of(new Share(STORE_CAMERA, 18), new Share(SMART_CAMERA, 10),
                    new Share(SHELF_SENSOR, 45), new Share(SHELF_SENSOR_V2, 27));
            case FACTORY -> List.of(new Share(QC_CAMERA, 12), new Share(PLC, 20),
                    new Share(VIBRATION_SENSOR, 45), new Share(ENV_SENSOR, 23));
            case EDGE_POP -> List.of(new Share(TRAFFIC_CAMERA, 50), new Share(AIR_SENSOR, 50));
            default -> List.of(new Share(ENV_SENSOR, 70), new Share(SECURITY_CAMERA, 30));
        };
    }
}
