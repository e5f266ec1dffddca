package io.wirewatch.ops;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/** Invokes a deployed function synchronously ({@code RequestResponse}), as {@code aws lambda invoke} does. */
public final class LambdaFunctionInvoker implements FunctionInvoker {
    private final LambdaClient lambda;

    /**
     * @param lambda a client whose HTTP read timeout outlasts the slowest function (summarise may run 300 s; the
     *               SDK's URL-connection client gives up after 30 s by default)
     */
    public LambdaFunctionInvoker(LambdaClient lambda) {
        this.lambda = lambda;
    }

    @Override
    public Result invoke(String functionArn, String payload) {
        InvokeResponse r = lambda.invoke(b -> b.functionName(functionArn)
                .invocationType(InvocationType.REQUEST_RESPONSE).payload(SdkBytes.fromUtf8String(payload)));
        return new Result(r.payload() == null ? "" : r.payload().asUtf8String(), r.functionError());
    }
}
