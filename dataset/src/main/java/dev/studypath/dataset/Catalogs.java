package dev.studypath.dataset;

import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads, checks and writes catalog files in the studypath catalog JSON format, version 1 (its JSON
 * Schema is the classpath resource {@code /dev/studypath/dataset/catalog.schema.json}).
 *
 * <p>Reading checks everything in one pass and reports every problem at once: first the JSON syntax,
 * then the shape of every field (unknown or missing fields, types, enum values, ranges), and, wherever
 * the file is still readable (a value out of range does not stop it, a list that is no array does),
 * what {@link Catalog#of} checks (unique ids, known references, no prerequisite
 * cycle). Each problem carries an RFC 6901 JSON pointer into the file. A file in another format version
 * gets that one problem only. Invalid content never yields a catalog, not even a partial one.
 *
 * <p>All methods are thread-safe.
 */
public final class Catalogs {

    private static final String BUNDLED = "/dev/studypath/dataset/rust-guide.json";
    private static final Object LOCK = new Object();
    private static volatile Catalog bundled;

    private Catalogs() {
    }

    /**
     * The catalog that ships with studypath, read on the first call and shared after that.
     *
     * @throws CatalogFileException if the bundled file is missing or invalid (a packaging bug)
     */
    public static Catalog bundled() {
        Catalog catalog = bundled;
        if (catalog == null) {
            synchronized (LOCK) {
                catalog = bundled;
                if (catalog == null) {
                    catalog = readResource(BUNDLED);
                    bundled = catalog;
                }
            }
        }
        return catalog;
    }

    /**
     * Reads a catalog file.
     *
     * @throws CatalogFileException if the file cannot be read or is not a valid catalog
     */
    public static Catalog load(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return CatalogReader.read(in, file.toString());
        } catch (IOException e) {
            throw CatalogReader.unreadable(file.toString(), e);
        }
    }

    /**
     * Reads a catalog from a stream of UTF-8 JSON, which is left open.
     *
     * @param sourceName names the stream in problems and messages, such as a file name
     * @throws CatalogFileException if the stream cannot be read or holds no valid catalog
     */
    public static Catalog read(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        return CatalogReader.read(in, sourceName);
    }

    /**
     * Reads a catalog from the class path.
     *
     * @param classpathName the resource's name, such as {@code "/dev/studypath/dataset/rust-guide.json"};
     *                      the leading slash is optional
     * @throws CatalogFileException if there is no such resource or it is not a valid catalog
     */
    public static Catalog readResource(String classpathName) {
        Objects.requireNonNull(classpathName, "classpathName");
        String name = classpathName.startsWith("/") ? classpathName : "/" + classpathName;
        InputStream resource = Catalogs.class.getResourceAsStream(name);
        if (resource == null) {
            throw new CatalogFileException(name, List.of(new Problem("", Fields.message("read.cannot", name,
                    Fields.message("read.noSuchResource")))), null);
        }
        try (InputStream in = resource) {
            return CatalogReader.read(in, name);
        } catch (IOException e) {
            throw CatalogReader.unreadable(name, e);
        }
    }

    /**
     * Checks a catalog file without throwing for its content.
     *
     * @return every problem, in the order {@link #load} finds them; empty when the file is a valid
     *         catalog; one problem naming the file when it cannot be read
     */
    public static List<Problem> validate(Path file) {
        try {
            load(file);
            return List.of();
        } catch (CatalogFileException e) {
            return e.problems();
        }
    }

    /**
     * Writes a catalog in the canonical form: two-space indents, fields in the format's order,
     * optional fields left out where they hold their default, an open upper end as a missing "max".
     * Reading the result gives a catalog equal in content to {@code catalog}.
     */
    public static String toJson(Catalog catalog) {
        return CatalogWriter.write(Objects.requireNonNull(catalog, "catalog"));
    }
}
