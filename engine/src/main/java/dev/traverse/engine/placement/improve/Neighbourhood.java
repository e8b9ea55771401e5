package dev.traverse.engine.placement.improve;

import java.util.SplittableRandom;

/** One kind of change the improvement pass tries: moving a replica, swapping two, emptying a host... */
interface Neighbourhood {

    /**
     * Makes one change of this kind through the journal, if one that breaks no hard rule is found, and returns what
     * it does to the objective (negative is better); the caller keeps it or takes it back. Returns NaN when it made
     * no change, having taken back whatever it tried.
     */
    double tryOne(SplittableRandom random);
}
