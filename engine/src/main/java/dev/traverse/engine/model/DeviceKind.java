package dev.traverse.engine.model;

/** What a device is. */
public enum DeviceKind implements WireEnum {
    GATEWAY("gateway"),
    CAMERA("camera"),
    SENSOR("sensor"),
    VEHICLE_ECU("vehicle-ecu"),
    OTHER("other");

    private final String wireName;

    DeviceKind(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    @Override
    public String toString() {
        return wireName;
    }
}
