package io.wirewatch.local.kit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts SDK calls by operation name ("BatchWriteItem", "Publish") and keeps the requests, so tests can assert how
 * many AWS calls a handler made and what it sent. One instance per client set; thread-safe.
 */
public final class CallCounter implements ExecutionInterceptor {
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final List<SdkRequest> requests = new CopyOnWriteArrayList<>();
    private final List<SdkRequest> succeeded = new CopyOnWriteArrayList<>();
    private final List<SdkResponse> responses = new CopyOnWriteArrayList<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String op = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        counts.computeIfAbsent(op, k -> new AtomicInteger()).incrementAndGet();
        requests.add(context.request());
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        succeeded.add(context.request());
        responses.add(context.response());
    }

    /** Calls of {@code operation} so far. */
    public int count(String operation) {
        AtomicInteger n = counts.get(operation);
        return n == null ? 0 : n.get();
    }

    /** Requests of a given type made so far, in order. */
    public <T extends SdkRequest> List<T> requests(Class<T> type) {
        return requests.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Requests of a given type that AWS answered with success, in order (a failed Publish sent nothing). */
    public <T extends SdkRequest> List<T> succeeded(Class<T> type) {
        return succeeded.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Responses of a given type AWS answered with, in order (what a read returned, for read-unit estimates). */
    public <T extends SdkResponse> List<T> responses(Class<T> type) {
        return responses.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Forgets everything counted. */
    public void reset() {
        counts.clear();
        requests.clear();
        succeeded.clear();
        responses.clear();
    }

    /** Snapshot of all counts. */
    public Map<String, Integer> snapshot() {
        Map<String, Integer> m = new java.util.TreeMap<>();
        counts.forEach((k, v) -> m.put(k, v.get()));
        return m;
    }
}
