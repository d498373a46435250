package dev.briefing.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code briefing} command line: thin commands over {@link dev.briefing.site.SiteBuilder}.
 *
 * <pre>
 * briefing new my-briefing       # a new site with a sample article, ready to build
 * briefing build                 # content/ + templates/ into site-out/
 * briefing check                 # every validation, writes nothing
 * briefing import seed.txt       # plain text or saved HTML into content/articles/
 * briefing people suggest        # registry entries for the people the articles name
 * briefing serve                 # live-reloading preview on http://127.0.0.1:8000/
 * briefing publish               # commit the site to gh-pages and push it
 * briefing completion            # bash/zsh completion script
 * </pre>
 */
@Command(name = "briefing", mixinStandardHelpOptions = true, versionProvider = BriefingCli.Version.class,
        description = "Builds a briefing microsite: articles, people, sources, newsletter.",
        subcommands = {NewCommand.class, BuildCommand.class, CheckCommand.class, ImportCommand.class,
                PeopleCommand.class, PublishCommand.class, ServeCommand.class, CompletionCommand.class,
                CommandLine.HelpCommand.class})
public final class BriefingCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Read from the arguments before parsing (see {@link #execute}); declared so every command accepts it. */
    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "When briefing fails by its own fault, print the Java stack trace too.")
    boolean debug;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (used by tests without exiting the JVM). */
    public static int run(String... args) {
        return execute(commandLine(), args);
    }

    /** Runs the command line with its output and error streams captured, for tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return execute(commandLine().setOut(out).setErr(err), args);
    }

    /**
     * The command boundary: any failure, {@code Error}s such as a stack overflow included, ends as
     * one line on the error stream and an exit code, never as a stack trace (unless {@code --debug}).
     */
    private static int execute(CommandLine cli, String... args) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        cli.setExecutionExceptionHandler((e, command, parsed) -> CrashReport.print(e, command.getErr(), debug));
        try {
            return cli.execute(args);
        } catch (Throwable e) { // picocli hands on what is not an Exception
            return CrashReport.print(e, cli.getErr(), debug);
        }
    }

    private static CommandLine commandLine() {
        return new CommandLine(new BriefingCli()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a command, for example: briefing build");
    }

    /** The version and commit Maven wrote into {@code version.properties}, and the Java that runs it. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"briefing " + BuildInfo.load().describe(),
                    "Java " + System.getProperty("java.runtime.version") + ", " + System.getProperty("java.home")};
        }
    }
}
