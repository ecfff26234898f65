package dev.studypath.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.studypath.engine.Baseline;
import dev.studypath.engine.ProgressEvent;
import dev.studypath.engine.ProgressLog;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The saved learner profile: goal, weekly hours, known skills and each project's status with its
 * dates, in a versioned JSON file (schema: {@code /dev/studypath/cli/profile.schema.json}).
 *
 * <p>Reading never changes the file. A change is a locked read-modify-write: an exclusive lock on
 * {@code FILE.lock} (so two processes lose no update), a copy of the old file to {@code FILE.bak},
 * then an atomic replace. A file that cannot be read, or is of a newer version, is reported with
 * its location and left untouched.
 */
final class LearnerFile {

    /** The version this build writes; it reads this one and every earlier one (1 had no plan). */
    static final int VERSION = 2;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** The file's content. Absent values are null here, at the boundary, and nowhere else. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Saved(int version, String goal, Double hoursPerWeek, Map<String, Integer> known,
                 Map<String, SavedProject> projects, SavedPlan plan) {

        Saved {
            // Sorted (the file lists them by id) and unmodifiable: a saved profile changes only by a new Saved.
            known = known == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(known));
            projects = projects == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(projects));
        }

        static Saved empty() {
            return new Saved(VERSION, null, null, Map.of(), Map.of(), null);
        }

        /** This profile with {@code goal}, its weekly hours and its plan; a null goal clears goal and plan. */
        Saved withGoal(String goal, Double hoursPerWeek, SavedPlan plan) {
            return new Saved(VERSION, goal, hoursPerWeek, known, projects, plan);
        }

        /** The statuses as progress events. */
        ProgressLog log() {
            List<ProgressEvent> events = new ArrayList<>();
            projects.forEach((id, p) -> {
                if (p.started() != null) {
                    events.add(new ProgressEvent(id, ProgressEvent.Kind.STARTED, p.started()));
                }
                if (p.finished() != null && "done".equals(p.status())) {
                    events.add(new ProgressEvent(id, ProgressEvent.Kind.DONE, p.finished()));
                }
                if (p.skipped() != null && "skipped".equals(p.status())) {
                    events.add(new ProgressEvent(id, ProgressEvent.Kind.SKIPPED, p.skipped()));
                }
            });
            return new ProgressLog(events);
        }

        Saved with(String project, SavedProject status) {
            Map<String, SavedProject> changed = new TreeMap<>(projects);
            changed.put(project, status);
            return new Saved(VERSION, goal, hoursPerWeek, known, changed, plan);
        }
    }

    /** The plan made when the goal was set (the engine's {@link Baseline}, without its goal). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SavedPlan(LocalDate start, double hoursPerWeek, List<Baseline.Planned> projects) {

        static SavedPlan of(Baseline baseline) {
            return new SavedPlan(baseline.start(), baseline.hoursPerWeek(), baseline.projects());
        }

        Baseline baseline(String goal) {
            return new Baseline(goal, start, hoursPerWeek, projects == null ? List.of() : projects);
        }
    }

    /** One project's status: started, done or skipped, with the days. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SavedProject(String status, LocalDate started, LocalDate finished, LocalDate skipped) {
    }

    private final Path file;

    LearnerFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    /** The saved profile; an empty one when the file does not exist yet. */
    Saved read() {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return Saved.empty();
        } catch (IOException e) {
            throw new CliInputException(e, "cli.profile.cannotRead", file.toString(), String.valueOf(e.getMessage()));
        }
        return parse(text);
    }

    private Saved parse(String text) {
        try {
            JsonNode tree = JSON.readTree(text);
            if (tree == null || !tree.isObject()) {
                throw new CliInputException("cli.profile.notObject", file.toString());
            }
            JsonNode version = tree.get("version");
            if (version == null || !version.canConvertToInt()) {
                throw new CliInputException("cli.profile.noVersion", file.toString());
            }
            if (version.asInt() > VERSION) {
                throw new CliInputException("cli.profile.newer", file.toString(), String.valueOf(version.asInt()),
                        String.valueOf(VERSION));
            }
            if (version.asInt() < 1) {
                throw new CliInputException("cli.profile.versionRange", file.toString(), String.valueOf(VERSION),
                        String.valueOf(version.asInt()));
            }
            if (version.asInt() < 2 && tree.has("plan")) {
                throw new CliInputException("cli.profile.noPlanInVersion1", file.toString());
            }
            Saved saved = JSON.treeToValue(tree, Saved.class);
            saved.projects().forEach((id, p) -> {
                if (p.status() == null || !List.of("started", "done", "skipped").contains(p.status())) {
                    throw new CliInputException("cli.profile.status", file.toString(), id, String.valueOf(p.status()));
                }
                if (p.started() != null && p.finished() != null && p.finished().isBefore(p.started())) {
                    throw new CliInputException("cli.profile.finishedBeforeStarted", file.toString(), id,
                            p.finished().toString(), p.started().toString());
                }
            });
            if (saved.plan() != null && (saved.plan().start() == null || saved.plan().projects() == null)) {
                throw new CliInputException("cli.profile.plan", file.toString());
            }
            return saved;
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage().lines().findFirst().orElse("").replaceAll(" \\(start marker at .*", "");
            if (e.getLocation() == null) {
                throw new CliInputException("cli.profile.json", file.toString(), message);
            }
            throw new CliInputException("cli.profile.jsonAt", file.toString(), String.valueOf(e.getLocation().getLineNr()),
                    String.valueOf(e.getLocation().getColumnNr()), message);
        }
    }

    /**
     * Applies {@code change} under the file's lock and saves the result, keeping the previous
     * version as {@code FILE.bak}; returns what was saved.
     */
    Saved update(UnaryOperator<Saved> change) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path lockFile = folder.resolve(file.getFileName() + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                Saved current = read();
                Saved next = change.apply(current);
                if (Files.exists(file)) {
                    Files.copy(file, folder.resolve(file.getFileName() + ".bak"), StandardCopyOption.REPLACE_EXISTING);
                }
                AtomicFile.write(file, JSON.writeValueAsString(next) + "\n", "--profile");
                return next;
            }
        } catch (IOException e) {
            throw new CliInputException(e, "cli.profile.cannotWrite", file.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** The file named by {@code option}, else {@code STUDYPATH_PROFILE}, else ~/.config/studypath/profile.json. */
    static LearnerFile locate(Path option) {
        if (option != null) {
            return new LearnerFile(option);
        }
        String env = System.getenv("STUDYPATH_PROFILE");
        if (env != null && !env.isBlank()) {
            return new LearnerFile(Path.of(env));
        }
        return new LearnerFile(Path.of(System.getProperty("user.home"), ".config", "studypath", "profile.json"));
    }
}
