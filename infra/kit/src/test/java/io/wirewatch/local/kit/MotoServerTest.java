package io.wirewatch.local.kit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The emulator's log is cleaned up after a normal stop and kept when the emulator died on its own. */
class MotoServerTest {

    @Test
    void aStoppedEmulatorLeavesNoLogBehind() throws Exception {
        Path log;
        try (MotoServer moto = MotoServer.start()) {
            log = moto.logFile();
            assertTrue(Files.exists(log), "it writes its log while it runs");
        }
        assertFalse(Files.exists(log), "the log is deleted on close: " + log);
    }

    @Test
    void theLogOfAnEmulatorThatDiedOnItsOwnIsKept() throws Exception {
        MotoServer moto = MotoServer.start();
        Path log = moto.logFile();
        try {
            ProcessHandle p = moto.processHandle();
            p.destroyForcibly();
            p.onExit().get(10, TimeUnit.SECONDS);
            moto.close();
            assertTrue(Files.exists(log), "kept for whoever looks into why it died: " + log);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
