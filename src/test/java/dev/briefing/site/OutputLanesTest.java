package dev.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.render.Output;
import dev.briefing.render.OutputFormat;
import dev.briefing.sitemodel.SiteModel;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The two lanes of outputs: each runs once, in its lane's order, side by side, and failures reach the build. */
class OutputLanesTest {
    private record Format(String name, boolean runsBeside) implements OutputFormat {
        @Override
        public void write(SiteModel model, Output out) {}
    }

    @Test
    void everyOutputRunsOnceAndEachLaneKeepsTheTableOrder() {
        List<OutputFormat> formats = List.of(new Format("pages", false), new Format("feed", true),
                new Format("sitemap", false), new Format("search", true), new Format("newsletter", false));
        List<String> mainLane = Collections.synchronizedList(new ArrayList<>());
        List<String> besideLane = Collections.synchronizedList(new ArrayList<>());
        Thread caller = Thread.currentThread();

        OutputLanes.run(formats, f -> (Thread.currentThread() == caller ? mainLane : besideLane).add(f.name()));

        assertThat(mainLane).containsExactly("pages", "sitemap", "newsletter");
        assertThat(besideLane).containsExactly("feed", "search");
    }

    @Test
    void theLanesRunAtTheSameTime() {
        // Each lane waits for the other to start: run one after the other, this would time out.
        CountDownLatch bothStarted = new CountDownLatch(2);
        List<Boolean> met = Collections.synchronizedList(new ArrayList<>());
        OutputLanes.run(List.of(new Format("pages", false), new Format("feed", true)), f -> {
            bothStarted.countDown();
            try {
                met.add(bothStarted.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(met).containsExactly(true, true);
    }

    @Test
    void aFailureBesideReachesTheBuildOnceBothLanesHaveStopped() {
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        UncheckedIOException failure = new UncheckedIOException(new java.io.IOException("disk full"));
        assertThatThrownBy(() -> OutputLanes.run(
                List.of(new Format("pages", false), new Format("feed", true), new Format("newsletter", false)), f -> {
                    if (f.name().equals("feed")) {
                        throw failure;
                    }
                    ran.add(f.name());
                })).isSameAs(failure);
        assertThat(ran).containsExactly("pages", "newsletter");
    }

    @Test
    void aFailureOnTheCallingLaneComesFirstWithTheOtherSuppressed() {
        IllegalStateException main = new IllegalStateException("pages");
        IllegalStateException beside = new IllegalStateException("feed");
        assertThatThrownBy(() -> OutputLanes.run(List.of(new Format("pages", false), new Format("feed", true)),
                f -> {
                    throw f.runsBeside() ? beside : main;
                })).isSameAs(main).satisfies(e -> assertThat(e.getSuppressed()).containsExactly(beside));
    }
}
