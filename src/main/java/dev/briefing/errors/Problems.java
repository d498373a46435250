package dev.briefing.errors;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem a build finds, so one run reports them all instead of stopping at the
 * first. Thread-safe: articles are loaded and rendered in parallel.
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public synchronized void add(Problem problem) {
        list.add(problem);
    }

    public void error(SourcePosition at, String message) {
        add(Problem.error(at, message));
    }

    public void warning(SourcePosition at, String message) {
        add(Problem.warning(at, message));
    }

    public synchronized boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    public synchronized int errorCount() {
        return (int) list.stream().filter(Problem::isError).count();
    }

    /** All problems, sorted by file, line and column, so reports are stable run to run. */
    public synchronized List<Problem> sorted() {
        return list.stream().distinct().sorted(Problem.ORDER).toList();
    }
}
