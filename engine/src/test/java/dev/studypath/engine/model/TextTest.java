package dev.studypath.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void oneLanguage_fallsBackToIt() {
        Text chinese = Text.of("", "学习策略");
        assertEquals("学习策略", chinese.english());
        assertEquals("学习策略", chinese.chinese());
        assertEquals("Learning strategy", Text.of("Learning strategy").chinese());
        assertFalse(chinese.bilingual());
        assertTrue(Text.of("Learning strategy", "学习策略").bilingual());
    }

    @Test
    void blankLanguage_isRefused() {
        assertEquals("Chinese text must be empty or not blank: ' '",
                assertThrows(IllegalArgumentException.class, () -> Text.of("Closing advice", " ")).getMessage());
        assertEquals("English text must be empty or not blank: '\t'",
                assertThrows(IllegalArgumentException.class, () -> Text.of("\t", "建议")).getMessage());
    }

    @Test
    void empty_isOnlyForOptionalTexts() {
        assertTrue(Text.EMPTY.missing());
        assertEquals(Text.EMPTY, new Prerequisite("a", "").reason());
        assertEquals("project name must be given in English or Chinese", assertThrows(IllegalArgumentException.class,
                () -> Project.of("a", "", Level.ENTRY, 1, 1, Effort.weeks(1, 2), List.of(), List.of())).getMessage());
        assertEquals("milestone title must be given in English or Chinese", assertThrows(
                IllegalArgumentException.class, () -> new Milestone(1, 2, Text.EMPTY, List.of(), List.of()))
                .getMessage());
    }

    @Test
    void milestoneInDays_knowsItsWeeks() {
        Milestone days = new Milestone(Milestone.Unit.DAYS, 4, 7, Text.of("advanced"), List.of(), List.of());
        assertEquals(List.of(4, 7, 1, 1), List.of(days.firstDay(), days.lastDay(), days.fromWeek(), days.toWeek()));
        Milestone weeks = new Milestone(2, 3, Text.of("core"), List.of(), List.of());
        assertEquals(List.of(8, 21, 2, 3), List.of(weeks.firstDay(), weeks.lastDay(), weeks.fromWeek(), weeks.toWeek()));
        assertEquals("milestone last day must be >= first day 8: 7", assertThrows(IllegalArgumentException.class,
                () -> new Milestone(Milestone.Unit.DAYS, 8, 7, Text.of("x"), List.of(), List.of())).getMessage());
    }
}
