package dev.traverse.engine.model;

/** What a spread constraint does when it cannot be met (Kubernetes' terms). */
public enum WhenUnsatisfiable implements WireEnum {
    DO_NOT_SCHEDULE("DoNotSchedule"),
    SCHEDULE_ANYWAY("ScheduleAnyway");

    private final String wireName;

    WhenUnsatisfiable(String wireName) {
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
