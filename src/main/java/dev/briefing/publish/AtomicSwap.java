package dev.briefing.publish;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.nio.file.Path;

/**
 * Exchanges two folders in one step, where the operating system can: {@code renameat2} with
 * {@code RENAME_EXCHANGE} on Linux, {@code renamex_np} with {@code RENAME_SWAP} on macOS. Then no
 * instant exists at which the output folder is missing or half-written, whatever kills the build.
 * Elsewhere (Windows, old kernels, file systems that refuse) the caller falls back to two renames
 * and recovers on the next build ({@link SiteWriter}).
 */
final class AtomicSwap {
    private static final int AT_FDCWD = -100;
    private static final int RENAME_EXCHANGE = 1 << 1;
    private static final int RENAME_SWAP = 0x00000002;

    interface LinuxC extends Library {
        int renameat2(int olddirfd, String oldpath, int newdirfd, String newpath, int flags);
    }

    interface MacC extends Library {
        int renamex_np(String from, String to, int flags);
    }

    private static final Object LIBRARY = load();

    private AtomicSwap() {}

    private static Object load() {
        try {
            if (Platform.isLinux()) {
                return Native.load("c", LinuxC.class);
            }
            if (Platform.isMac()) {
                return Native.load("c", MacC.class);
            }
        } catch (LinkageError | RuntimeException e) {
            // no native access here: the two-rename fallback applies
        }
        return null;
    }

    /** Swaps {@code a} and {@code b} (both existing folders); false when it cannot be done atomically. */
    static boolean exchange(Path a, Path b) {
        try {
            if (LIBRARY instanceof LinuxC c) {
                return c.renameat2(AT_FDCWD, a.toString(), AT_FDCWD, b.toString(), RENAME_EXCHANGE) == 0;
            }
            if (LIBRARY instanceof MacC c) {
                return c.renamex_np(a.toString(), b.toString(), RENAME_SWAP) == 0;
            }
        } catch (LinkageError | RuntimeException e) {
            // an older C library without the call
        }
        return false;
    }
}
