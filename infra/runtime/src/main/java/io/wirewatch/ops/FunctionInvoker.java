package io.wirewatch.ops;

/** Invokes a function synchronously with a JSON event, as {@code aws lambda invoke} does. */
public interface FunctionInvoker {

    /**
     * What the function returned.
     *
     * @param payload       its response JSON (for a function error, Lambda's error document)
     * @param functionError {@code null} when it succeeded, else Lambda's {@code X-Amz-Function-Error}
     *                      ({@code Unhandled})
     */
    record Result(String payload, String functionError) {
        public boolean failed() {
            return functionError != null;
        }
    }

    /**
     * Invokes {@code functionArn} with {@code payload} and waits for it to finish.
     *
     * @throws RuntimeException when the function could not be invoked at all (no such function, no permission)
     */
    Result invoke(String functionArn, String payload);
}
