package dev.traverse.engine.model;

/** How a workload is run: as a container, a WebAssembly module or a firmware image. */
public enum Runtime implements WireEnum {
    CONTAINER("container"),
    WASM("wasm"),
    FIRMWARE("firmware");

    private final String wireName;

    Runtime(String wireName) {
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
