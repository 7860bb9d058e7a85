package org.callwall.gateway.management;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntToLongFunction;
import org.callwall.gateway.metrics.AssociationCounters;
import org.callwall.gateway.metrics.M3uaCodeNames;

/** The Association MXBean over the transport's counters. */
public final class AssociationManagement implements AssociationMXBean {

    private final AssociationCounters counters;

    public AssociationManagement(AssociationCounters counters) {
        this.counters = counters;
    }

    @Override
    public String getName() {
        return counters.name();
    }

    @Override
    public String getState() {
        return counters.state().text();
    }

    @Override
    public Map<String, Long> getMessagesIn() {
        return byClass(counters::messagesIn);
    }

    @Override
    public Map<String, Long> getMessagesOut() {
        return byClass(counters::messagesOut);
    }

    @Override
    public Map<String, Long> getBytesIn() {
        return byClass(counters::bytesIn);
    }

    @Override
    public Map<String, Long> getBytesOut() {
        return byClass(counters::bytesOut);
    }

    @Override
    public Map<String, Long> getErrorsIn() {
        return byCode(counters::errorsIn);
    }

    @Override
    public Map<String, Long> getErrorsOut() {
        return byCode(counters::errorsOut);
    }

    private static Map<String, Long> byClass(IntToLongFunction read) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (int messageClass : M3uaCodeNames.messageClasses()) {
            values.put(M3uaCodeNames.messageClassName(messageClass), read.applyAsLong(messageClass));
        }
        return values;
    }

    private static Map<String, Long> byCode(IntToLongFunction read) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (int code : M3uaCodeNames.errorCodes()) {
            long count = read.applyAsLong(code);
            if (count > 0) {
                values.put(M3uaCodeNames.errorCodeName(code), count);
            }
        }
        return values;
    }
}
