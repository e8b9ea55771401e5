package dev.traverse.engine.generate;

import dev.traverse.engine.model.WorkloadKind;
import java.util.SplittableRandom;

/**
 * How many workloads of each kind, in a shuffled order: three quarters services, then batch jobs, AI models and
 * per-site daemons, plus one firmware rollout per fleet (at most 2% of the workloads; devices carry one firmware
 * image at a time).
 */
final class KindMix {

    private static final WorkloadKind[] KINDS = {WorkloadKind.SERVICE, WorkloadKind.JOB, WorkloadKind.AI_MODEL,
            WorkloadKind.DAEMON};
    private static final double[] SHARES = {0.75, 0.13, 0.08, 0.04};
    private static final double FIRMWARE_SHARE = 0.02;

    private KindMix() {
    }

    static WorkloadKind[] plan(int count, int fleets, SplittableRandom rng) {
        int firmware = fleets == 0 || count == 0 ? 0
                : Math.min(Math.min(fleets, count), Math.max(1, (int) Math.round(count * FIRMWARE_SHARE)));
        int[] counts = Apportion.byWeight(count - firmware, SHARES);
        WorkloadKind[] kinds = new WorkloadKind[count];
        int i = 0;
        for (int k = 0; k < KINDS.length; k++) {
            for (int n = 0; n < counts[k]; n++) {
                kinds[i++] = KINDS[k];
            }
        }
        while (i < count) {
            kinds[i++] = WorkloadKind.FIRMWARE;
        }
        // Fisher-Yates, so kinds interleave as they would in a real file
        for (int j = count - 1; j > 0; j--) {
            int r = rng.nextInt(j + 1);
            WorkloadKind t = kinds[j];
            kinds[j] = kinds[r];
            kinds[r] = t;
        }
        return kinds;
    }
}
