package dev.briefing.publish;

import dev.briefing.errors.Problems;
import dev.briefing.errors.SourcePosition;
import dev.briefing.render.OutputFile;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a site may be written. The output folder gets a marker file; a folder without it is never
 * cleared, so a mistyped {@code --out} cannot delete someone's files. The writing itself is
 * {@link SiteWriter}'s: nothing outside the output folder and its staging siblings is touched.
 */
public final class Publisher {
    /** Marks a folder as briefing output, safe to replace on the next build. */
    public static final String MARKER = ".briefing-output";

    private Publisher() {}

    /**
     * Checks that {@code outDir} may be replaced, reporting why not.
     *
     * @param protectedDirs folders the output must never be or contain (content, templates)
     */
    public static boolean checkTarget(Path outDir, Collection<Path> protectedDirs, Problems problems) {
        Path out = outDir.toAbsolutePath().normalize();
        SourcePosition at = SourcePosition.startOf(outDir);
        if (out.getParent() == null) {
            problems.error(at, "refusing to write the site to the file system root");
            return false;
        }
        for (Path p : protectedDirs) {
            Path prot = p.toAbsolutePath().normalize();
            if (prot.startsWith(out)) {
                problems.error(at, "refusing to use " + outDir + " as the output folder: it contains " + p);
                return false;
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            problems.error(at, "output path exists and is not a folder");
            return false;
        }
        if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER)) && !isEmpty(out)) {
            problems.error(at, "refusing to replace " + outDir + ": it is not empty and was not created by briefing "
                    + "(no " + MARKER + " file); choose another --out or empty it yourself");
            return false;
        }
        return true;
    }

    private static boolean isEmpty(Path dir) {
        return SiteWriter.isEmpty(dir);
    }
}
