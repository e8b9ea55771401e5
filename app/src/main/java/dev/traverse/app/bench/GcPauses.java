package dev.traverse.app.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Records the stop-the-world collections of a stretch of the benchmark: every thread, the FX thread included,
 * waits for them, so a long one is a stall the window's own code did not cause. Concurrent cycles are left out.
 */
final class GcPauses {

    private final FrameSeries pauses = new FrameSeries();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::record;

    /** Starts recording. */
    void start() {
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (bean instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
    }

    /** Stops recording. */
    void stop() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // Already gone: nothing more will be recorded from it.
            }
        }
        emitters.clear();
    }

    /** The pauses recorded, in milliseconds. */
    synchronized FrameSeries pauses() {
        return pauses;
    }

    private synchronized void record(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        // Concurrent collectors report their background cycles too; those do not stop the application.
        if (info.getGcName().contains("Concurrent") || info.getGcCause().contains("Concurrent")) {
            return;
        }
        pauses.add(info.getGcInfo().getDuration());
    }
}
