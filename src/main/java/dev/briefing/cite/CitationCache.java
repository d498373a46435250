package dev.briefing.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Formatted citations kept between builds, so a rebuild formats only works that changed: the
 * entry's HTML and sort keys by a digest of the style and the item's data (everything but its id,
 * which is not printed). In memory for {@code serve}, and in a file per style in the cache folder
 * for the next {@code build}; a file that cannot be read is ignored and rewritten.
 */
public final class CitationCache {
    private static final int VERSION = 1;
    private static final StringJsonBuilderFactory JSON = new StringJsonBuilderFactory();

    /** What a formatted item costs to recompute; {@code html} is numbered 1 in numeric styles. */
    record Formatted(String html, String[] sortKeys) {}

    private final Optional<Path> folder;
    private final Map<String, Map<String, Formatted>> byStyle = new ConcurrentHashMap<>();
    private final Map<String, Boolean> dirty = new ConcurrentHashMap<>();
    /** The key of each item of the last build, so a rebuild does not serialise and digest them again. */
    private final Map<String, Map<CSLItemData, String>> keysByStyle = new ConcurrentHashMap<>();

    /** @param folder where cache files live; empty to keep the cache in memory only */
    public CitationCache(Optional<Path> folder) {
        this.folder = folder;
    }

    /** A cache for one process, never written to disk. */
    public static CitationCache inMemory() {
        return new CitationCache(Optional.empty());
    }

    /** The key of an item's formatted entry in a style. */
    static String key(CitationStyleId style, CSLItemData item) {
        String json = new CSLItemDataBuilder(item).id("").build().toJson(JSON.createJsonBuilder()).toString();
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(style.digest());
            digest.update(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The keys of a bibliography's items, reusing the last build's for items that did not change. */
    String[] keys(CitationStyleId style, java.util.List<CSLItemData> items) {
        Map<CSLItemData, String> known = keysByStyle.getOrDefault(style.fileName(), Map.of());
        String[] keys = new String[items.size()];
        java.util.stream.IntStream.range(0, keys.length).parallel().forEach(i -> {
            String k = known.get(items.get(i));
            keys[i] = k != null ? k : key(style, items.get(i));
        });
        Map<CSLItemData, String> now = new ConcurrentHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            now.put(items.get(i), keys[i]);
        }
        keysByStyle.put(style.fileName(), now);
        return keys;
    }

    /** The entries of one style, read from its file the first time a build asks. */
    Map<String, Formatted> of(CitationStyleId style) {
        return byStyle.computeIfAbsent(style.fileName(), name -> read(name));
    }

    /** Keeps the entries a build used, as the style's cache from now on (in memory until {@link #flush}). */
    void remember(CitationStyleId style, Map<String, Formatted> used) {
        byStyle.put(style.fileName(), new ConcurrentHashMap<>(used));
        dirty.put(style.fileName(), Boolean.TRUE);
    }

    /**
     * Writes each style's file that changed, with the entries the last build used, replacing the
     * old file in one move so an interrupted write never leaves a broken cache.
     */
    public void flush() throws IOException {
        if (folder.isEmpty()) {
            dirty.clear();
            return;
        }
        for (String fileName : java.util.List.copyOf(dirty.keySet())) {
            write(fileName, byStyle.get(fileName));
            dirty.remove(fileName);
        }
    }

    private void write(String fileName, Map<String, Formatted> used) throws IOException {
        Files.createDirectories(folder.get());
        Path target = folder.get().resolve(fileName);
        Path temp = Files.createTempFile(folder.get(), fileName, ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
            out.writeInt(VERSION);
            out.writeInt(used.size());
            for (Map.Entry<String, Formatted> e : new java.util.TreeMap<>(used).entrySet()) {
                out.writeUTF(e.getKey());
                writeLong(out, e.getValue().html());
                out.writeInt(e.getValue().sortKeys().length);
                for (String k : e.getValue().sortKeys()) {
                    writeLong(out, k);
                }
            }
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Map<String, Formatted> read(String fileName) {
        Map<String, Formatted> entries = new ConcurrentHashMap<>();
        if (folder.isEmpty() || !Files.isRegularFile(folder.get().resolve(fileName))) {
            return entries;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                Files.newInputStream(folder.get().resolve(fileName))))) {
            if (in.readInt() != VERSION) {
                return entries;
            }
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String key = in.readUTF();
                String html = readLong(in);
                String[] keys = new String[in.readInt()];
                for (int k = 0; k < keys.length; k++) {
                    keys[k] = readLong(in);
                }
                entries.put(key, new Formatted(html, keys));
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            return new ConcurrentHashMap<>(); // a damaged cache is only a slower build
        }
    }

    private static void writeLong(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readLong(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 24) {
            throw new IOException("damaged cache entry");
        }
        return new String(in.readNBytes(length), java.nio.charset.StandardCharsets.UTF_8);
    }
}
