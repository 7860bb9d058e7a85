package org.callwall.gateway.pipeline;

/**
 * Where the pipeline reports each IAM that entered, exactly once, when it ends (forwarded, diverted,
 * modified or released): metrics and the audit log. Runs on the event loop with a reused
 * {@link CallOutcome} that is valid only during the call, so implementations must be cheap, must not
 * block and must copy whatever they keep.
 */
@FunctionalInterface
public interface CallSink {

    void ended(CallOutcome outcome);

    /** Reports nowhere. */
    CallSink NONE = outcome -> { };
}
