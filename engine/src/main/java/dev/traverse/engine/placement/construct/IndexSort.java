package dev.traverse.engine.placement.construct;

/**
 * Sorts items by a key of each without boxing: the search orders every workload's groups by their bound, tens of
 * thousands of times in a large run.
 */
final class IndexSort {

    private static final int INSERTION_LIMIT = 24;

    private IndexSort() {
    }

    /** Sorts {@code items} and {@code keys} together by key, ties by item, ascending. */
    static void sort(int[] items, double[] keys) {
        mergeSort(items, keys, 0, items.length, new int[items.length], new double[items.length]);
    }

    private static void mergeSort(int[] items, double[] keys, int from, int to, int[] itemBuffer, double[] keyBuffer) {
        if (to - from <= INSERTION_LIMIT) {
            insertionSort(items, keys, from, to);
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(items, keys, from, mid, itemBuffer, keyBuffer);
        mergeSort(items, keys, mid, to, itemBuffer, keyBuffer);
        System.arraycopy(items, from, itemBuffer, from, to - from);
        System.arraycopy(keys, from, keyBuffer, from, to - from);
        int left = from;
        int right = mid;
        for (int k = from; k < to; k++) {
            boolean takeLeft = right >= to || left < mid && !before(itemBuffer[right], keyBuffer[right],
                    itemBuffer[left], keyBuffer[left]);
            int source = takeLeft ? left++ : right++;
            items[k] = itemBuffer[source];
            keys[k] = keyBuffer[source];
        }
    }

    private static void insertionSort(int[] items, double[] keys, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int item = items[i];
            double key = keys[i];
            int j = i - 1;
            while (j >= from && before(item, key, items[j], keys[j])) {
                items[j + 1] = items[j];
                keys[j + 1] = keys[j];
                j--;
            }
            items[j + 1] = item;
            keys[j + 1] = key;
        }
    }

    private static boolean before(int item, double key, int otherItem, double otherKey) {
        return key < otherKey || key == otherKey && item < otherItem;
    }
}
