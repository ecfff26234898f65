package dev.studypath.engine.model;

/** How far along the road from first exercises to production code a project stands. */
public enum Level {
    /** For learners who know the basics and want to learn through real projects. */
    ENTRY,
    /** Between the two. */
    INTERMEDIATE,
    /** Widely used in production, with production-quality code and architecture. */
    PRODUCTION
}
