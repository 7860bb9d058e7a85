package org.callwall.gateway.runtime;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import org.callwall.gateway.management.ReloadControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * What starts a reload besides the JMX operation: SIGHUP, and a change to any file under the watched
 * folders (the screening tables and the list CSVs). Changes are collected for a quiet period first, so an
 * editor's save or a deployment tool's burst of writes reloads once, with every file in its final state.
 * Reloads run on this class's own thread, never on an event loop.
 */
public final class ReloadTriggers implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReloadTriggers.class);
    /** How long the folders must stay quiet after a change before the reload runs. */
    static final long QUIET_MILLIS = 500;

    private final ReloadControl reload;
    private final WatchService watcher;
    private final Thread thread;
    private volatile boolean hangup;
    private volatile boolean running = true;

    private ReloadTriggers(ReloadControl reload, WatchService watcher) {
        this.reload = reload;
        this.watcher = watcher;
        this.thread = new Thread(this::loop, "callwall-reload");
        this.thread.setDaemon(true);
    }

    /**
     * Watches {@code folders} (those that exist) and, when {@code onHangup} is set, SIGHUP.
     *
     * @throws IOException when the file system cannot be watched
     */
    public static ReloadTriggers start(ReloadControl reload, boolean onHangup, Path... folders) throws IOException {
        WatchService watcher = FileSystems.getDefault().newWatchService();
        ReloadTriggers triggers = new ReloadTriggers(reload, watcher);
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                log.info("reloading the screening tables when files change in {}", folder);
            }
        }
        if (onHangup) {
            try {
                Signal.handle(new Signal("HUP"), signal -> triggers.hangup());
            } catch (IllegalArgumentException e) {
                log.warn("SIGHUP cannot be handled here ({}): reload through JMX or by changing a file", e.getMessage());
            }
        }
        triggers.thread.start();
        return triggers;
    }

    private void hangup() {
        hangup = true;
        thread.interrupt();
    }

    private void loop() {
        while (running) {
            boolean changed = false;
            try {
                WatchKey key = watcher.poll(1, TimeUnit.SECONDS);
                while (key != null) {
                    changed |= !key.pollEvents().isEmpty();
                    key.reset();
                    key = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                if (!running) {
                    return;
                }
            } catch (ClosedWatchServiceException e) {
                return;
            }
            if (hangup) {
                hangup = false;
                log.info("SIGHUP: reloading the screening tables");
                reload.reload();
            } else if (changed) {
                log.info("configuration files changed: reloading the screening tables");
                reload.reload();
            }
        }
    }

    @Override
    public void close() throws IOException {
        running = false;
        thread.interrupt();
        watcher.close();
    }
}
