package dev.briefing.site;

import dev.briefing.render.Sink;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Passes files on and remembers their paths, for the build's result. */
final class CountingSink implements Sink {
    private final Sink next;
    private final Set<String> paths = ConcurrentHashMap.newKeySet();

    CountingSink(Sink next) {
        this.next = next;
    }

    @Override
    public void write(String path, byte[] content) {
        next.write(path, content);
        paths.add(path);
    }

    @Override
    public void stream(String path, Content content) {
        next.stream(path, content);
        paths.add(path);
    }

    List<String> paths() {
        return paths.stream().sorted().toList();
    }
}
