package dev.briefing.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code briefing people}: commands about the people registry. */
@Command(name = "people", mixinStandardHelpOptions = true,
        description = "Commands about the people registry (people.yaml).",
        subcommands = {PeopleSuggestCommand.class, CommandLine.HelpCommand.class})
final class PeopleCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a command, for example: briefing people suggest");
    }
}
