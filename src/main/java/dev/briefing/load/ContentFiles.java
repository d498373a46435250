package dev.briefing.load;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.bmp.BmpHeaderDirectory;
import com.drew.metadata.gif.GifHeaderDirectory;
import com.drew.metadata.jpeg.JpegDirectory;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.webp.WebpDirectory;
import dev.briefing.errors.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of a content folder that the site publishes as they are: images and documents beside
 * the articles ({@code content/articles/img/chart.png}), and everything under
 * {@code content/assets/} (a logo, PDFs, a favicon that replaces the theme's). They keep their
 * place in the site ({@code articles/img/chart.png}, {@code assets/logo.svg}), so a link written
 * relative to an article's file works unchanged from its page.
 *
 * <p>Also reads an image's size from its file (PNG, JPEG, GIF, WebP and BMP headers with
 * metadata-extractor; SVG from its {@code width}, {@code height} or {@code viewBox}), once per
 * file version, so pages can reserve the image's room before it loads.
 */
public final class ContentFiles {
    /** A folder of the content whose every file is published. */
    public static final String ASSETS_DIR = "assets";

    /** An image's size in CSS pixels. */
    public record Size(int width, int height) {}

    private record Known(FileTime modified, long size, Optional<Size> imageSize) {}

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern SVG_ROOT = Pattern.compile("<svg\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(width|height|viewBox)\\s*=\\s*[\"']([^\"']*)[\"']",
            Pattern.CASE_INSENSITIVE);

    private final Path root;
    private final Map<Path, Known> sizes = new ConcurrentHashMap<>();

    public ContentFiles(Path contentDir) {
        this.root = contentDir.toAbsolutePath().normalize();
    }

    /**
     * The content file a link or image address written in {@code article} names, when it names
     * one: a relative address without a scheme, resolved against the article's folder, with any
     * query or fragment dropped. Empty for web addresses, {@code mailto:}, anchors and the like.
     */
    public Optional<Path> referencedBy(Path article, String address) {
        String a = address.strip();
        if (a.isEmpty() || a.startsWith("#") || a.startsWith("/") || a.startsWith("\\") || SCHEME.matcher(a).find()) {
            return Optional.empty();
        }
        int cut = indexOfAny(a, "?#");
        String path = cut < 0 ? a : a.substring(0, cut);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // a stray % is a character of the file name
        }
        Path folder = article.toAbsolutePath().normalize().getParent();
        return Optional.of(folder.resolve(path).normalize());
    }

    /** Whether a file is inside the content folder (a reference must not reach outside it). */
    public boolean inside(Path file) {
        return file.toAbsolutePath().normalize().startsWith(root);
    }

    /** The file's path in the site: its path in the content folder. */
    public String sitePath(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * Every file the site publishes as it is, sorted: {@code assets/**} and non-Markdown files under
     * {@code articles/}. A symbolic link that leads out of the content folder is reported and left
     * out: copying it would publish a file from elsewhere on the machine.
     *
     * @param shown the content folder as the user named it, for the positions of problems
     */
    public List<Path> published(Path shown, Problems problems) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path f : candidates()) {
            if (!Files.isSymbolicLink(f) || ContentText.insideRoot(shown.resolve(root.relativize(f).toString()),
                    shown, "content folder", problems)) {
                out.add(f);
            }
        }
        return out;
    }

    private List<Path> candidates() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String dir : List.of(ASSETS_DIR, ContentLoader.ARTICLES_DIR)) {
            Path folder = root.resolve(dir);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(Files::isRegularFile)
                        .filter(f -> dir.equals(ASSETS_DIR) || !f.getFileName().toString().endsWith(".md"))
                        .filter(f -> !f.getFileName().toString().startsWith("."))
                        .forEach(out::add);
            }
        }
        out.sort(null);
        return out;
    }

    /** The image's size, when the file is an image whose size its header states. */
    public Optional<Size> imageSize(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return Optional.empty();
        }
        Known known = sizes.get(file);
        if (known == null || !known.modified().equals(attributes.lastModifiedTime()) || known.size() != attributes.size()) {
            known = new Known(attributes.lastModifiedTime(), attributes.size(), read(file));
            sizes.put(file, known);
        }
        return known.imageSize();
    }

    private static Optional<Size> read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            return svgSize(file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            Metadata metadata = ImageMetadataReader.readMetadata(in);
            return size(metadata, JpegDirectory.class, JpegDirectory.TAG_IMAGE_WIDTH, JpegDirectory.TAG_IMAGE_HEIGHT)
                    .or(() -> size(metadata, PngDirectory.class, PngDirectory.TAG_IMAGE_WIDTH, PngDirectory.TAG_IMAGE_HEIGHT))
                    .or(() -> size(metadata, GifHeaderDirectory.class, GifHeaderDirectory.TAG_IMAGE_WIDTH,
                            GifHeaderDirectory.TAG_IMAGE_HEIGHT))
                    .or(() -> size(metadata, WebpDirectory.class, WebpDirectory.TAG_IMAGE_WIDTH,
                            WebpDirectory.TAG_IMAGE_HEIGHT))
                    .or(() -> size(metadata, BmpHeaderDirectory.class, BmpHeaderDirectory.TAG_IMAGE_WIDTH,
                            BmpHeaderDirectory.TAG_IMAGE_HEIGHT));
        } catch (IOException | ImageProcessingException | RuntimeException e) {
            return Optional.empty(); // not an image whose size can be read: the page shows it without one
        }
    }

    private static <D extends Directory> Optional<Size> size(Metadata metadata, Class<D> type, int widthTag, int heightTag) {
        for (D d : metadata.getDirectoriesOfType(type)) {
            Integer w = d.getInteger(widthTag);
            Integer h = d.getInteger(heightTag);
            if (w != null && h != null && w > 0 && h > 0) {
                return Optional.of(new Size(w, h));
            }
        }
        return Optional.empty();
    }

    /** An SVG's size from its root element: {@code width} and {@code height} in pixels, else its {@code viewBox}. */
    static Optional<Size> svgSize(Path file) {
        String head;
        try (InputStream in = Files.newInputStream(file)) {
            head = new String(in.readNBytes(8192), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        Matcher root = SVG_ROOT.matcher(head);
        if (!root.find()) {
            return Optional.empty();
        }
        Double width = null;
        Double height = null;
        double[] box = null;
        Matcher a = ATTRIBUTE.matcher(root.group());
        while (a.find()) {
            String value = a.group(2).strip();
            switch (a.group(1).toLowerCase(Locale.ROOT)) {
                case "width" -> width = pixels(value);
                case "height" -> height = pixels(value);
                default -> box = viewBox(value);
            }
        }
        if (width != null && height != null) {
            return Optional.of(new Size((int) Math.round(width), (int) Math.round(height)));
        }
        if (box != null && box[2] > 0 && box[3] > 0) {
            return Optional.of(new Size((int) Math.round(box[2]), (int) Math.round(box[3])));
        }
        return Optional.empty();
    }

    private static Double pixels(String value) {
        Matcher m = Pattern.compile("^([0-9]*\\.?[0-9]+)(px)?$").matcher(value);
        return m.matches() ? Double.valueOf(m.group(1)) : null; // a percentage or em says nothing of pixels
    }

    private static double[] viewBox(String value) {
        String[] parts = value.trim().split("[\\s,]+");
        if (parts.length != 4) {
            return null;
        }
        try {
            double[] box = new double[4];
            for (int i = 0; i < 4; i++) {
                box[i] = Double.parseDouble(parts[i]);
            }
            return box;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
