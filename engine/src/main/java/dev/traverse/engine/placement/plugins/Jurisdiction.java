package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.model.Jurisdictions;
import dev.traverse.engine.placement.framework.GroupFilter;
import dev.traverse.engine.placement.framework.Rejection;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import java.util.List;

/**
 * Data sovereignty: a workload that lists jurisdictions runs only at sites whose jurisdiction one of them contains
 * (a country, or EU / EEA). A site that does not state its jurisdiction never qualifies: sovereignty is not assumed.
 * Reasons: {@code outside allowed jurisdictions EU, CH}, and the same with {@code (site jurisdiction not stated)}.
 */
public final class Jurisdiction implements GroupFilter {

    public static final String NAME = "Jurisdiction";

    /** Writing down where the site is. */
    static final double STATE_JURISDICTION = 0.1;
    /** Allowing another country is a legal and compliance decision, not an edit. */
    static final double ALLOW_JURISDICTION = 0.8;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Object verdictKey(Problem problem, Demand demand) {
        return demand.workload().jurisdictions();
    }

    @Override
    public boolean admits(Problem problem, Demand demand, HostGroup group) {
        List<String> allowed = demand.workload().jurisdictions();
        if (allowed.isEmpty()) {
            return true;
        }
        String country = group.site().jurisdiction();
        if (country == null) {
            return false;
        }
        for (String jurisdiction : allowed) {
            if (Jurisdictions.contains(jurisdiction, country)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Rejection filter(Problem problem, Demand demand, HostGroup group) {
        if (admits(problem, demand, group)) {
            return null;
        }
        List<String> allowed = demand.workload().jurisdictions();
        String country = group.site().jurisdiction();
        String reason = "outside allowed jurisdictions " + StaticFilterPhrases.list(allowed);
        if (country == null) {
            return Rejection.withFix(NAME, reason + " (site jurisdiction not stated)",
                    "state the jurisdiction of site " + group.site().name(), STATE_JURISDICTION);
        }
        return Rejection.withFix(NAME, reason, "allow jurisdiction " + country, ALLOW_JURISDICTION);
    }
}
