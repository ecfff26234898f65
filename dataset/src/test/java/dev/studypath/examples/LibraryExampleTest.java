package dev.studypath.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.studypath.dataset.Catalogs;
import dev.studypath.engine.LearningPath;
import dev.studypath.engine.Profile;
import dev.studypath.engine.Recommendation;
import dev.studypath.engine.Studypath;
import dev.studypath.engine.model.Catalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's library example, kept compiling and running here; uses the public API only. */
class LibraryExampleTest {

    @Test
    void readmeExample_recommendsMiniRedisThenTokio() {
        // README example starts
        Catalog catalog = Catalogs.bundled();                 // or Catalogs.load(Path.of("my-catalog.json"))
        Studypath studypath = Studypath.of(catalog);          // build once; thread-safe
        Profile me = studypath.newProfile().completed("rustlings").hoursPerWeek(6).build();
        Recommendation next = studypath.next("async networking", me);
        LearningPath path = studypath.path("async networking", me);
        System.out.println(next.candidates().get(0).project() + " next; then " + path.projects());
        // README example ends
        assertEquals("mini-redis", next.candidates().get(0).project());
        assertEquals(List.of("mini-redis", "tokio"), path.projects());
    }
}
