package dev.traverse.engine.generate;

import dev.traverse.engine.model.Arch;

/**
 * A machine shape a node pool is made of: a cloud instance type or an on-premises or edge server model.
 *
 * @param name        the instance type ({@code m6i.2xlarge}) or hardware model ({@code r760})
 * @param gpuModel    null unless {@code gpus > 0}
 * @param costPerHour on-demand price per node and hour, or the amortised cost of owned hardware
 * @param powerWatts  mean draw when busy
 */
record InstanceType(String name, PoolRole role, Arch arch, int cpu, int memoryGi, int storageGi, int gpus,
                    String gpuModel, double costPerHour, double powerWatts) {

    static InstanceType cpu(String name, PoolRole role, Arch arch, int cpu, int memoryGi, double cost, double watts) {
        return new InstanceType(name, role, arch, cpu, memoryGi, 100, 0, null, cost, watts);
    }

    static InstanceType gpu(String name, int cpu, int memoryGi, int gpus, String model, double cost, double watts) {
        return new InstanceType(name, PoolRole.GPU, Arch.AMD64, cpu, memoryGi, 200, gpus, model, cost, watts);
    }

    /** The same machine put to another use, such as a rack server as an OpenShift infra node. */
    InstanceType withRole(PoolRole role) {
        return new InstanceType(name, role, arch, cpu, memoryGi, storageGi, gpus, gpuModel, costPerHour, powerWatts);
    }
}
