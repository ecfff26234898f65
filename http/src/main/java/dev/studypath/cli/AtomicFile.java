package dev.studypath.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file whole or not at all: to a temporary file in the same folder, then renamed over the
 * target, so a reader never sees half a file and a failure leaves the old one in place.
 */
final class AtomicFile {

    private AtomicFile() {
    }

    /** Gives the new file the old one's permissions, or rw-r--r-- for a new file, where POSIX applies. */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }

    /**
     * Replaces {@code target} with {@code text} (UTF-8).
     *
     * @param option the option that named the file, for messages ("--out")
     * @throws CliInputException when the target is a directory or its folder does not exist
     */
    static void write(Path target, String text, String option) {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new CliInputException("cli.file.directory", option, target.toString());
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CliInputException("cli.file.noFolder", option, String.valueOf(folder));
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
            keepPermissions(absolute, temporary);
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new CliInputException(e, "cli.file.cannotWrite", target.toString(), String.valueOf(e.getMessage()));
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the rename succeeded or the write failed and was reported; a stray temporary file is harmless
                }
            }
        }
    }
}
