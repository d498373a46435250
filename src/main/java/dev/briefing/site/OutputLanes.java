package dev.briefing.site;

import dev.briefing.render.OutputFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * Runs a build's outputs in two lanes. The outputs that say they may run beside the others
 * ({@link OutputFormat#runsBeside()}: the feed, people.json, the data exports, each mostly one
 * thread's work) run in order on a thread of their own, while the rest (the pages, the search index
 * and the newsletter, each spread over every core, and the sitemap after the pages it lists) run in
 * order on the calling thread. On two cores the parallel outputs leave one core idle now and then; the
 * second lane's work fills it instead of waiting for its own turn.
 *
 * <p>What the site holds does not depend on which lane ends first: outputs write different files,
 * problems are sorted when reported, and the stage times keep the table's order.
 */
final class OutputLanes {
    private OutputLanes() {}

    /**
     * Runs every format through {@code run} and returns once all are done. An exception in either
     * lane is thrown here once both have stopped, the calling lane's first.
     */
    static void run(List<OutputFormat> formats, Consumer<OutputFormat> run) {
        List<OutputFormat> beside = formats.stream().filter(OutputFormat::runsBeside).toList();
        List<OutputFormat> main = formats.stream().filter(f -> !f.runsBeside()).toList();
        if (beside.isEmpty() || main.isEmpty()) {
            formats.forEach(run);
            return;
        }
        FutureTask<Void> second = new FutureTask<>(() -> beside.forEach(run), null);
        Thread thread = new Thread(second, "briefing-outputs");
        thread.setDaemon(true);
        thread.start();
        RuntimeException failed = null;
        try {
            main.forEach(run);
        } catch (RuntimeException e) {
            failed = e;
        }
        try {
            second.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the outputs were written", e);
        } catch (ExecutionException e) {
            if (failed != null) {
                failed.addSuppressed(e.getCause());
            } else if (e.getCause() instanceof RuntimeException r) {
                throw r;
            } else if (e.getCause() instanceof Error error) {
                throw error;
            } else {
                throw new IllegalStateException(e.getCause());
            }
        }
        if (failed != null) {
            throw failed;
        }
    }
}
