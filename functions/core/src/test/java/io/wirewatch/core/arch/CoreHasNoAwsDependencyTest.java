package io.wirewatch.core.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core is the part we can reason about and test without AWS. This guards it: no source file under
 * {@code src/main/java} may import the AWS SDK, the Lambda libraries, or any other third-party package, and the
 * module's pom declares no compile dependency.
 */
class CoreHasNoAwsDependencyTest {
    private static final Pattern FORBIDDEN = Pattern.compile(
            "^\\s*import\\s+(static\\s+)?(software\\.amazon|com\\.amazonaws|com\\.fasterxml|org\\.(?!junit))",
            Pattern.MULTILINE);

    @Test
    void coreSourcesImportOnlyTheJdkAndTheCore() throws IOException {
        Path src = Path.of("src/main/java");
        List<Path> files;
        try (Stream<Path> s = Files.walk(src)) {
            files = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(files.size() > 5, "expected to scan the core sources, found " + files.size());
        List<String> offenders = files.stream().filter(p -> {
            try {
                return FORBIDDEN.matcher(Files.readString(p)).find()
                        || Files.readString(p).contains("software.amazon.")
                        || Files.readString(p).contains("com.amazonaws.");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).map(Path::toString).toList();
        assertEquals(List.of(), offenders, "core must not depend on AWS or third-party libraries");
    }

    @Test
    void corePomDeclaresNoCompileDependency() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(!pom.contains("<dependencies>"), "wirewatch-core must have no dependencies of its own");
    }

    @Test
    void theGuardCatchesAnAwsImport() {
        // The guard itself must be able to fail: a file importing the SDK is caught.
        assertTrue(FORBIDDEN.matcher("package x;\nimport software.amazon.awssdk.services.s3.S3Client;\n").find());
        assertTrue(FORBIDDEN.matcher("import com.amazonaws.services.lambda.runtime.Context;").find());
    }
}
