package dev.traverse.engine.generate;

import dev.traverse.engine.model.Arch;
import dev.traverse.engine.model.DeviceKind;
import dev.traverse.engine.model.Os;
import dev.traverse.engine.model.Runtime;
import java.util.List;

/**
 * A device product as a fleet of identical ones: every device of a model shares its fleet, so firmware for the
 * fleet fits every device it goes to.
 *
 * @param fleet     the fleet name, also what firmware workloads target
 * @param groupBase the base name of device groups of this model at a site ({@code cam}, {@code shelf})
 * @param cpuMilli  0 for microcontrollers, whose capacity is RAM and flash only
 * @param minGroup  the smallest group people would install
 * @param maxGroup  the largest group before it is split (grows for very large totals)
 */
record DeviceModel(String fleet, String groupBase, DeviceKind kind, Arch arch, Os os, List<Runtime> runtimes,
                   long cpuMilli, long memoryBytes, long storageBytes, int cpuMHz, String firmware,
                   double powerWatts, int minGroup, int maxGroup) {

    DeviceModel {
        runtimes = List.copyOf(runtimes);
    }
}
