package dev.studypath.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NegotiationTest {

    private static final List<String> SCHEDULE = List.of("application/json", "text/calendar", "text/markdown");

    private static Optional<String> choose(String accept) {
        return Negotiation.choose(accept, SCHEDULE);
    }

    @Test
    void missingOrBlankAccept_getsTheFirstOffered() {
        assertEquals(Optional.of("application/json"), choose(null));
        assertEquals(Optional.of("application/json"), choose(" "));
    }

    @Test
    void anExactType_winsOverWildcardsOfHigherQuality() {
        assertEquals(Optional.of("text/calendar"), choose("text/calendar"));
        assertEquals(Optional.of("text/markdown"), choose("text/markdown, */*;q=0.1"));
        assertEquals(Optional.of("text/calendar"), choose("text/*;q=0.2, text/calendar;q=0.9, application/json;q=0.5"));
    }

    @Test
    void wildcards_giveTheEarliestOfferedOnATie() {
        assertEquals(Optional.of("application/json"), choose("*/*"));
        assertEquals(Optional.of("text/calendar"), choose("text/*"));
    }

    @Test
    void qualityZero_refusesAType() {
        assertEquals(Optional.of("text/calendar"), choose("application/json;q=0, */*"));
        assertEquals(Optional.empty(), choose("text/csv, application/json;q=0"));
        assertEquals(Optional.empty(), choose("image/png"));
    }

    @Test
    void parametersOtherThanQuality_areIgnoredAndCaseDoesNotMatter() {
        assertEquals(Optional.of("text/markdown"), choose("TEXT/Markdown; charset=utf-8"));
        assertEquals(Optional.of("application/json"), choose("application/json;q=oops"));
    }
}
