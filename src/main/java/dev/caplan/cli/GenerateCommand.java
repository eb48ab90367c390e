package dev.caplan.cli;

import dev.caplan.synth.ModelGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code caplan generate DIR [--locations N] [--years Y] [--seed S]}: a synthetic national model. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic national model (for benchmarks): 342 municipalities, N locations.")
final class GenerateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Directory to write the .caplan files into.")
    Path directory;

    @Option(names = "--locations", paramLabel = "N", defaultValue = "10000", description = "Locations (default ${DEFAULT-VALUE}).")
    int locations;

    @Option(names = "--years", paramLabel = "Y", defaultValue = "10", description = "Horizon in years (default ${DEFAULT-VALUE}).")
    int years;

    @Option(names = "--from", paramLabel = "YEAR", defaultValue = "2024", description = "First year (default ${DEFAULT-VALUE}).")
    int firstYear;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20231965", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (locations < 1 || years < 1 || years > 100) {
            throw new CommandLine.ParameterException(spec.commandLine(), "need at least 1 location and 1 to 100 years");
        }
        long bytes = new ModelGenerator(new ModelGenerator.Settings(locations, firstYear, years, seed)).writeTo(directory);
        spec.commandLine().getOut().printf("wrote %s: %d locations over %d years, %.1f MB%n", directory, locations, years,
                bytes / 1e6);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
