package dev.traverse.engine.generate;

import static dev.traverse.engine.generate.InstanceType.cpu;
import static dev.traverse.engine.generate.InstanceType.gpu;
import static dev.traverse.engine.generate.PoolRole.EDGE;
import static dev.traverse.engine.generate.PoolRole.GATEWAY;
import static dev.traverse.engine.generate.PoolRole.GENERAL;
import static dev.traverse.engine.generate.PoolRole.MEMORY;
import static dev.traverse.engine.generate.PoolRole.SYSTEM;
import static dev.traverse.engine.model.Arch.AMD64;
import static dev.traverse.engine.model.Arch.ARM64;

import dev.traverse.engine.model.Arch;
import dev.traverse.engine.model.Provider;
import java.util.List;
import java.util.Map;

/**
 * Machine shapes by provider, with list prices of the day (USD per hour, on demand, rounded) and typical power draw.
 * On-premises and edge hardware carries an amortised hourly cost instead.
 */
final class InstanceTypes {

    private static final Map<Provider, List<InstanceType>> CLOUD = Map.of(
            Provider.AWS, List.of(
                    cpu("m6i.large", SYSTEM, AMD64, 2, 8, 0.096, 70),
                    cpu("m6i.xlarge", GENERAL, AMD64, 4, 16, 0.192, 110),
                    cpu("m6i.2xlarge", GENERAL, AMD64, 8, 32, 0.384, 150),
                    cpu("m7i.4xlarge", GENERAL, AMD64, 16, 64, 0.806, 230),
                    cpu("c6i.4xlarge", GENERAL, AMD64, 16, 32, 0.68, 220),
                    cpu("m7g.2xlarge", GENERAL, ARM64, 8, 32, 0.3264, 95),
                    cpu("c7g.4xlarge", GENERAL, ARM64, 16, 32, 0.578, 140),
                    cpu("r6i.2xlarge", MEMORY, AMD64, 8, 64, 0.504, 170),
                    cpu("r6i.4xlarge", MEMORY, AMD64, 16, 128, 1.008, 260),
                    gpu("g4dn.xlarge", 4, 16, 1, "nvidia-t4", 0.526, 220),
                    gpu("g5.2xlarge", 8, 32, 1, "nvidia-a10g", 1.212, 380),
                    gpu("g6.2xlarge", 8, 32, 1, "nvidia-l4", 0.978, 250),
                    gpu("p4d.24xlarge", 96, 1152, 8, "nvidia-a100", 32.77, 3800),
                    gpu("p5.48xlarge", 192, 2048, 8, "nvidia-h100", 98.32, 7000)),
            Provider.AZURE, List.of(
                    cpu("Standard_D2s_v5", SYSTEM, AMD64, 2, 8, 0.096, 70),
                    cpu("Standard_D4s_v5", GENERAL, AMD64, 4, 16, 0.192, 110),
                    cpu("Standard_D8s_v5", GENERAL, AMD64, 8, 32, 0.384, 150),
                    cpu("Standard_D16s_v5", GENERAL, AMD64, 16, 64, 0.768, 230),
                    cpu("Standard_F16s_v2", GENERAL, AMD64, 16, 32, 0.677, 220),
                    cpu("Standard_D8ps_v5", GENERAL, ARM64, 8, 32, 0.308, 95),
                    cpu("Standard_D16ps_v5", GENERAL, ARM64, 16, 64, 0.616, 150),
                    cpu("Standard_E8s_v5", MEMORY, AMD64, 8, 64, 0.504, 170),
                    cpu("Standard_E16s_v5", MEMORY, AMD64, 16, 128, 1.008, 260),
                    gpu("Standard_NC4as_T4_v3", 4, 28, 1, "nvidia-t4", 0.526, 220),
                    gpu("Standard_NV36ads_A10_v5", 36, 440, 1, "nvidia-a10", 3.2, 450),
                    gpu("Standard_NC24ads_A100_v4", 24, 220, 1, "nvidia-a100", 3.673, 550),
                    gpu("Standard_ND96isr_H100_v5", 96, 1900, 8, "nvidia-h100", 98.32, 7000)),
            Provider.GCP, List.of(
                    cpu("e2-standard-2", SYSTEM, AMD64, 2, 8, 0.067, 60),
                    cpu("n2-standard-4", GENERAL, AMD64, 4, 16, 0.194, 110),
                    cpu("n2-standard-8", GENERAL, AMD64, 8, 32, 0.388, 150),
                    cpu("e2-standard-8", GENERAL, AMD64, 8, 32, 0.268, 140),
                    cpu("c3-standard-22", GENERAL, AMD64, 22, 88, 1.06, 300),
                    cpu("t2a-standard-8", GENERAL, ARM64, 8, 32, 0.308, 95),
                    cpu("c4a-standard-16", GENERAL, ARM64, 16, 64, 0.72, 150),
                    cpu("n2-highmem-8", MEMORY, AMD64, 8, 64, 0.524, 170),
                    cpu("n2-highmem-16", MEMORY, AMD64, 16, 128, 1.048, 260),
                    gpu("g2-standard-8", 8, 32, 1, "nvidia-l4", 0.854, 250),
                    gpu("a2-highgpu-1g", 12, 85, 1, "nvidia-a100", 3.67, 550),
                    gpu("a3-highgpu-8g", 208, 1872, 8, "nvidia-h100", 88.25, 7000)),
            Provider.OCI, List.of(
                    cpu("VM.Standard.E4.Flex", SYSTEM, AMD64, 2, 16, 0.074, 60),
                    cpu("VM.Standard.E4.Flex", GENERAL, AMD64, 8, 64, 0.25, 150),
                    cpu("VM.Standard3.Flex", GENERAL, AMD64, 16, 128, 0.58, 240),
                    cpu("VM.Standard.A1.Flex", GENERAL, ARM64, 8, 48, 0.08, 80),
                    cpu("VM.Standard.E5.Flex", MEMORY, AMD64, 16, 256, 0.62, 280),
                    gpu("VM.GPU.A10.1", 15, 240, 1, "nvidia-a10", 2.0, 450),
                    gpu("BM.GPU.A100-v2.8", 128, 2048, 8, "nvidia-a100", 32.0, 4000),
                    gpu("BM.GPU.H100.8", 112, 2048, 8, "nvidia-h100", 80.0, 7000)),
            // a GPU cloud: CPU nodes exist to feed the GPUs
            Provider.COREWEAVE, List.of(
                    cpu("cd-gp-i64-erapids", SYSTEM, AMD64, 64, 512, 2.4, 400),
                    cpu("cd-gp-i64-erapids", GENERAL, AMD64, 64, 512, 2.4, 400),
                    cpu("cd-gp-a192-genoa", GENERAL, AMD64, 192, 1536, 6.1, 900),
                    gpu("gd-8xa100-i128", 128, 2048, 8, "nvidia-a100", 17.6, 4000),
                    gpu("gd-8xh100ib-i128", 128, 2048, 8, "nvidia-h100", 49.24, 7000),
                    gpu("gd-8xl40s-i128", 128, 1024, 8, "nvidia-l40s", 18.0, 3000)));

    /** Owned data-centre servers. */
    static final List<InstanceType> DATA_CENTRE = List.of(
            cpu("r660", GENERAL, AMD64, 32, 256, 0.45, 350),
            cpu("r760", GENERAL, AMD64, 64, 512, 0.85, 450),
            cpu("dl380-gen11", GENERAL, AMD64, 48, 384, 0.7, 420),
            gpu("r760xa-l40s", 64, 512, 4, "nvidia-l40s", 3.9, 1700),
            gpu("xe9680-h100", 112, 2048, 8, "nvidia-h100", 24.0, 6500));

    /** Store and factory gateways: small arm64 boxes that also front the devices. */
    static final InstanceType GATEWAY_BOX = new InstanceType("rpi5", GATEWAY, ARM64, 4, 8, 64, 0, null, 0.01, 12);
    static final InstanceType STORE_SERVER = cpu("nuc13", EDGE, AMD64, 8, 32, 0.02, 40);
    static final InstanceType INDUSTRIAL_PC = cpu("ipc-x86", EDGE, AMD64, 8, 16, 0.03, 65);
    static final InstanceType EDGE_GPU_BOX =
            new InstanceType("jetson-orin-nx", PoolRole.GPU, ARM64, 8, 16, 128, 1, "nvidia-orin", 0.04, 25);
    static final InstanceType POP_SERVER = cpu("edge-x86", EDGE, AMD64, 32, 128, 0.35, 300);
    static final InstanceType POP_ARM_SERVER = cpu("altra-q80", EDGE, ARM64, 80, 256, 0.3, 200);

    private InstanceTypes() {
    }

    /** The provider's types for a role and arch; empty when it has none (CoreWeave has no arm64 or memory pools). */
    static List<InstanceType> cloud(Provider provider, PoolRole role, Arch arch) {
        return CLOUD.getOrDefault(provider, List.of()).stream()
                .filter(t -> t.role() == role && (arch == null || t.arch() == arch))
                .toList();
    }

    static List<InstanceType> dataCentre(PoolRole role) {
        return DATA_CENTRE.stream().filter(t -> t.role() == role).toList();
    }
}
