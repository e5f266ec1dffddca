package io.wirewatch.core.split;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import io.wirewatch.core.model.DocumentContext;

/** The seed documents from the repository root, used as fixtures. */
public final class Seeds {
    static final String BBC = "000_08578f2802225909.txt";
    static final String AL_JAZEERA = "001_7bd6315ceaa1e885.txt";
    static final String ITV = "002_42f3e89d36c4572a.txt";
    static final String AP = "003_0bc4e933b272ba42.txt";
    static final String TELEGRAPH = "004_6b0ca6020c4fed33.txt";

    /** Upload time used by default: a few days after the seeds' events. */
    static final Instant UPLOADED = Instant.parse("2022-03-05T10:00:00Z");

    private Seeds() {
    }

    static String read(String name) {
        try {
            return Files.readString(dir().resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The repository's {@code seeds/}. Surefire sets wirewatch.root to the directory Maven was started in: the repo
     * root, or the module when run from there, whose root is two levels up.
     */
    public static Path dir() {
        Path configured = Path.of(System.getProperty("wirewatch.root", "../..")).resolve("seeds");
        return Files.isDirectory(configured) ? configured : Path.of("../..").resolve("seeds");
    }

    static DocumentContext ctx() {
        return new DocumentContext(null, UPLOADED, ZoneId.of("Europe/London"));
    }

    static DocumentContext ctx(LocalDate stated, Instant uploaded, String zone) {
        return new DocumentContext(stated, uploaded, ZoneId.of(zone));
    }
}
