package dev.traverse.engine.model;

/** Operating system of a node or device. */
public enum Os implements WireEnum {
    LINUX("linux"),
    WINDOWS("windows"),
    ZEPHYR("zephyr"),
    FREERTOS("freertos"),
    BARE_METAL("bare-metal"),
    ANDROID("android"),
    QNX("qnx"),
    AUTOSAR("autosar");

    private final String wireName;

    Os(String wireName) {
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
