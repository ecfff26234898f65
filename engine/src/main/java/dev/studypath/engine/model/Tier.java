package dev.studypath.engine.model;

/** The tier of a skill in the catalog's skill tree. */
public enum Tier {
    BASIC,
    INTERMEDIATE,
    ADVANCED
}
