package dev.traverse.engine.model;

/**
 * CPU architecture of a node or device. Cortex-M and -R, TriCore, RISC-V 32 and Xtensa cores are microcontrollers:
 * they run firmware (perhaps WebAssembly), never containers.
 */
public enum Arch implements WireEnum {
    AMD64("amd64", false),
    ARM64("arm64", false),
    ARMV7("armv7", false),
    RISCV64("riscv64", false),
    CORTEX_M0("cortex-m0", true),
    CORTEX_M3("cortex-m3", true),
    CORTEX_M4("cortex-m4", true),
    CORTEX_M7("cortex-m7", true),
    CORTEX_M33("cortex-m33", true),
    CORTEX_R5("cortex-r5", true),
    CORTEX_R52("cortex-r52", true),
    TRICORE("tricore", true),
    RISCV32("riscv32", true),
    XTENSA("xtensa", true);

    private final String wireName;
    private final boolean microcontroller;

    Arch(String wireName, boolean microcontroller) {
        this.wireName = wireName;
        this.microcontroller = microcontroller;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /** True for microcontroller cores, which run firmware (and perhaps WebAssembly) but never containers. */
    public boolean isMicrocontroller() {
        return microcontroller;
    }

    @Override
    public String toString() {
        return wireName;
    }
}
