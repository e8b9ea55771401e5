package dev.traverse.engine.model;

/** What a workload is; daemons run once per matching site, firmware on every device of its fleet. */
public enum WorkloadKind implements WireEnum {
    SERVICE("service"),
    JOB("job"),
    DAEMON("daemon"),
    AI_MODEL("ai-model"),
    FIRMWARE("firmware");

    private final String wireName;

    WorkloadKind(String wireName) {
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
