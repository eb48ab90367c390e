package dev.caplan.check;

import java.util.Set;

/**
 * How a scenario changes the reading of the model beyond replacing declarations: which contract
 * options are exercised (all, or "location/option" pairs, "location/*" for all of a location's),
 * and whether tentative values are left out (the firm view).
 */
public record Settings(boolean allOptions, Set<String> exercised, boolean withoutTentative) {
    public static final Settings BASE = new Settings(false, Set.of(), false);

    public Settings {
        exercised = Set.copyOf(exercised);
    }

    public boolean exercises(String location, String option) {
        return allOptions || exercised.contains(location + "/" + option) || exercised.contains(location + "/*");
    }
}
