package io.wirewatch.local.kit;

import java.util.concurrent.locks.ReentrantLock;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Makes each request to the emulator atomic, as DynamoDB makes each request atomic. moto_server serves requests on
 * several threads and applies a conditional write (or a transaction) as a check followed by a write, so two
 * requests arriving together can both pass the check; on AWS one of them fails its condition. Tests that race
 * several functions against the emulator put this interceptor on every client they race with: requests still
 * interleave freely, one whole request at a time, which is what the code under test must cope with on AWS.
 */
public final class AtomicRequests implements ExecutionInterceptor {
    /** One lock for the process: every client that carries the interceptor talks to the same emulator. */
    private static final ReentrantLock LOCK = new ReentrantLock();

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        LOCK.lock();
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        release();
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        release(); // a request that failed in transmission never reached afterTransmission
    }

    private static void release() {
        while (LOCK.isHeldByCurrentThread()) {
            LOCK.unlock();
        }
    }
}
