package dev.traverse.engine.model;

/** The devices a firmware workload goes to: every device of a fleet. */
public record DeviceTarget(String fleet) {

    public DeviceTarget {
        Names.requireName("fleet", fleet);
    }
}
