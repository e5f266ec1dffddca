package io.wirewatch.local.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension for integration tests: one moto_server per test JVM (started on first use, stopped when the
 * run ends), and for every test that asks for an {@link EmulatedStack} parameter a clean emulator provisioned
 * from the repository's {@code template.yaml}.
 */
public final class LocalAws implements ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(LocalAws.class);

    /** Holds the server in JUnit's root store, which closes it when the run ends. */
    private record ServerResource(MotoServer server) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            server.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
        return p.getParameter().getType() == EmulatedStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
        ServerResource r = c.getRoot().getStore(NS).getOrComputeIfAbsent("moto", k -> {
            try {
                return new ServerResource(MotoServer.start());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, ServerResource.class);
        try {
            r.server().reset();
            return EmulatedStack.provision(repoRoot().resolve("template.yaml"), r.server().endpoint(), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository root: {@code wirewatch.root} (set by Surefire), else the nearest folder with template.yaml. */
    public static Path repoRoot() {
        String prop = System.getProperty("wirewatch.root");
        if (prop != null && Files.exists(Path.of(prop, "template.yaml"))) {
            return Path.of(prop);
        }
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("template.yaml"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("cannot find the repository root (template.yaml)");
        }
        return p;
    }

    /** A seed document by file name prefix ("000"). */
    public static Path seed(String prefix) {
        try (var s = Files.list(repoRoot().resolve("seeds"))) {
            return s.filter(f -> f.getFileName().toString().startsWith(prefix + "_")).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no seed " + prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
