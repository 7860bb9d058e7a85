package org.callwall.gateway.management;

/** Reloads the screening tables: load, validate, compile, then swap; a failure changes nothing. */
@FunctionalInterface
public interface ReloadControl {

    /** Runs on the caller's thread (a JMX or signal thread, never an event loop). */
    ReloadOutcome reload();
}
