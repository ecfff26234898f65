package dev.studypath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studypath.dataset.Catalogs;
import dev.studypath.engine.Studypath;
import dev.studypath.server.Server;
import org.junit.jupiter.api.Test;

/** {@code studypath serve}'s refusals; serving itself is tested through {@link Server} in dev.studypath.server. */
class ServeCommandTest {

    @Test
    void portOutOfRange_isBadInput() {
        CliTest.Run run = CliTest.run("serve", "--port", "70000");
        assertEquals(Main.BAD_INPUT, run.code());
        assertEquals("studypath: --port must be between 0 and 65535, was 70000", run.err().lines().findFirst().orElse(""));
    }

    @Test
    void aPortInUse_isBadInputNamingTheAddress() {
        Server other = Server.start(Studypath.of(Catalogs.bundled()), "127.0.0.1", 0);
        try {
            CliTest.Run run = CliTest.run("serve", "--port", String.valueOf(other.port()));
            assertEquals(Main.BAD_INPUT, run.code());
            assertTrue(run.err().startsWith("studypath: cannot listen on 127.0.0.1:" + other.port() + ": "), run.err());
        } finally {
            other.stop();
        }
    }
}
