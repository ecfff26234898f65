package dev.studypath.dataset.bench;

import dev.studypath.dataset.Catalogs;
import dev.studypath.engine.Studypath;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.testing.SyntheticCatalog;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The heap a loaded catalog keeps: writes a synthetic catalog to a JSON file, then measures the used
 * heap after full collections before and after loading it (and after building an engine on it),
 * while holding the results. Prints a table and, with a file argument, a JSON summary.
 *
 * <p>Usage: {@code RetainedMemory [projects] [json-output]}; run with a fixed heap such as
 * {@code -Xms4g -Xmx4g} so that the collector does not resize it between measurements.
 */
public final class RetainedMemory {

    static final long SEED = 20260601L;

    private RetainedMemory() {
    }

    public static void main(String[] args) throws Exception {
        int projects = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path file = Files.createTempFile("studypath-memory-", ".json");
        try {
            Files.writeString(file, Catalogs.toJson(SyntheticCatalog.of(projects, SEED)));
            long fileBytes = Files.size(file);
            long before = usedAfterGc();
            Catalog catalog = Catalogs.load(file);
            long withCatalog = usedAfterGc();
            Studypath studypath = Studypath.of(catalog);
            long withEngine = usedAfterGc();
            int edges = catalog.prerequisiteCount();
            long catalogBytes = withCatalog - before;
            long engineBytes = withEngine - withCatalog;
            String table = String.format(Locale.ROOT, """
                    projects %d, prerequisite edges %d, JSON file %.1f MiB
                    retained by the loaded catalog: %.1f MiB = %.0f B per project with its edges, %.0f B per edge
                    retained by Studypath.of on top: %.1f MiB = %.0f B per project
                    """, projects, edges, fileBytes / 1048576.0, catalogBytes / 1048576.0,
                    (double) catalogBytes / projects, (double) catalogBytes / edges, engineBytes / 1048576.0,
                    (double) engineBytes / projects);
            System.out.print(table);
            if (args.length > 1) {
                Files.writeString(Path.of(args[1]), String.format(Locale.ROOT, """
                        {"projects": %d, "edges": %d, "catalogBytes": %d, "engineBytes": %d, \
                        "bytesPerProject": %.1f, "bytesPerEdge": %.1f, "engineBytesPerProject": %.1f}
                        """, projects, edges, catalogBytes, engineBytes, (double) catalogBytes / projects,
                        (double) catalogBytes / edges, (double) engineBytes / projects));
            }
            if (studypath.catalog() != catalog) {
                throw new AssertionError("keeps both alive until here");
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
