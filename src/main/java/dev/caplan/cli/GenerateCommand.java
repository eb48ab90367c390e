package dev.caplan.cli;

import dev.caplan.synth.ModelGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code caplan generate DIR [--locations N] [--years Y] [--seed S] [--force]}: a synthetic national
 * model. It never destroys files: onto a file, or into a folder that holds a model, it refuses
 * with exit 73 (EX_CANTCREAT, "a user-specified output file cannot be created": the command line
 * is right, the place it names is taken) unless {@code --force}.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic national model (for benchmarks): 342 municipalities, N locations.",
        footer = {"", "Example:", "  caplan generate /tmp/national --locations 10000 --years 10",
                "It writes into a new or empty folder and never over a model: into a folder",
                "that holds one (any file named *.caplan) it refuses with exit 73, unless",
                "--force, which writes over files of the same names and leaves the others.",
                "Onto a file it always refuses."})
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

    @Option(names = "--force", description = "Write into a folder that holds a model, over files of the same names.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (locations < 1 || years < 1 || years > 100) {
            throw new CommandLine.ParameterException(spec.commandLine(), "need at least 1 location and 1 to 100 years");
        }
        PrintWriter err = spec.commandLine().getErr();
        ModelGenerator generator = new ModelGenerator(new ModelGenerator.Settings(locations, firstYear, years, seed));
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            err.println("caplan: " + directory + " is a file, not a folder: generate writes a folder of .caplan files "
                    + "(choose another path; --force does not replace a file by a folder)");
            return ExitCodes.CANNOT_CREATE;
        }
        List<String> models = caplanFiles(directory);
        if (!models.isEmpty() && !force) {
            err.println("caplan: " + directory + " holds a model (" + listed(models) + "); generate would write over "
                    + "or mix with it: choose a new or empty folder, or add --force to write over "
                    + listed(generator.fileNames()));
            return ExitCodes.CANNOT_CREATE;
        }
        List<String> others = models.stream().filter(name -> !generator.fileNames().contains(name)).toList();
        if (!others.isEmpty()) {
            err.println("caplan: note: other .caplan files stay in " + directory + " and load with the model: "
                    + listed(others));
        }
        long bytes;
        try {
            bytes = generator.writeTo(directory, force);
        } catch (IOException e) {
            err.println("caplan: cannot write the model into " + directory + ": " + describe(e));
            return ExitCodes.CANNOT_CREATE;
        }
        spec.commandLine().getOut().printf("wrote %s: %d locations over %d years, %.1f MB%n", directory, locations, years,
                bytes / 1e6);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /** The .caplan files under a folder (as a model is loaded: at any depth), relative to it; none if it is not one. */
    private static List<String> caplanFiles(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".caplan") && Files.isRegularFile(file))
                    .map(file -> directory.relativize(file).toString()).sorted().toList();
        }
    }

    private static String listed(List<String> names) {
        return names.size() <= 4 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
    }

    private static String describe(IOException e) {
        String reason = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileAlreadyExistsException ? "a file of that name appeared"
                : e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : String.valueOf(e.getMessage());
        return e instanceof FileSystemException f && f.getFile() != null ? f.getFile() + ": " + reason : reason;
    }
}
