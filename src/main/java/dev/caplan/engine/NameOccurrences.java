package dev.caplan.engine;

import dev.caplan.ast.Expr;
import dev.caplan.ast.ExprWalker;
import dev.caplan.ast.Filter;
import dev.caplan.ast.Item;
import dev.caplan.ast.ItemKind;
import dev.caplan.ast.LocationEntry;
import dev.caplan.ast.Name;
import dev.caplan.ast.QuotaEntry;
import dev.caplan.ast.ReportEntry;
import dev.caplan.ast.ScenarioEntry;
import dev.caplan.ast.SourceUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every {@link Name} of parsed files, each told apart as a declaration or a reference, and each
 * reference resolved to what it names. The walk goes through the AST's visitors, one per family,
 * so a new kind of item, line or expression does not compile until it says where its names are.
 * Each name lives in a {@link Space}: a table called {@code cno} and a {@code let cno} are two
 * things, and {@code capacity[table = cno]} names the first while {@code azc + cno} names the second.
 * Declarations are the names of top-level declarations, of areas, kinds and groups, and of
 * grid-table rows (each row is a location); a declaration repeated inside a scenario changes the
 * original, so it counts as a reference. A file's names are found once per parse ({@link #inUnit}),
 * so a load that keeps a file's parsed unit keeps its names; resolving is one pass over all of them.
 */
final class NameOccurrences {

    /** What a name can name; names in different spaces never refer to each other. */
    enum Space {
        AREA, KIND, GROUP, LOCATION, TABLE, LET, REPORT, QUOTA, KEY, SCENARIO,
        /** A contract option of one location: its symbol is qualified by the location's name. */
        OPTION,
        FUNCTION,
        /** A bare name in {@code capacity[...]}: an area if one has that name, otherwise a location. */
        AREA_OR_LOCATION;

        /** The space of a declaration of {@code kind}, or null for kinds without a name. */
        static Space of(ItemKind kind) {
            return switch (kind) {
                case LOCATION -> LOCATION;
                case TABLE -> TABLE;
                case LET -> LET;
                case REPORT -> REPORT;
                case QUOTA, ACTUAL -> QUOTA;
                case KEY -> KEY;
                case SCENARIO -> SCENARIO;
                case AREAS -> AREA;
                case KINDS -> KIND;
                case TARGET_GROUPS -> GROUP;
                case IMPORT, CHECK, REPORTED -> null;
            };
        }
    }

    /**
     * A name found in one file: the space it declares or refers to, the symbol it stands for in that
     * space (its text; an option's is qualified by its location), and the kind it declares (null for
     * a reference).
     */
    record Found(Name name, Space space, String symbol, String kind, String key) {
        Found(Name name, Space space, String symbol, String kind) {
            this(name, space, symbol, kind, NameOccurrences.key(space, symbol));
        }
    }

    private NameOccurrences() {
    }

    /** The names of one file, in source order. */
    static List<Found> inUnit(SourceUnit unit) {
        Walker walker = new Walker();
        for (Item item : unit.items()) {
            item.accept(walker);
        }
        return walker.found;
    }

    /** The names of {@code units}, in file and source order; references take their declaration's kind. */
    static List<NameOccurrence> of(List<SourceUnit> units) {
        return resolve(units.stream().map(NameOccurrences::inUnit).toList());
    }

    /** Resolves each file's names (in file order) against the declarations of all of them. */
    static List<NameOccurrence> resolve(List<List<Found>> files) {
        Map<String, String> declaredKinds = new HashMap<>();
        int count = 0;
        for (List<Found> file : files) {
            for (Found f : file) {
                if (f.kind() != null) {
                    declaredKinds.putIfAbsent(f.key(), f.kind());
                }
            }
            count += file.size();
        }
        List<NameOccurrence> occurrences = new ArrayList<>(count);
        for (List<Found> file : files) {
            for (Found f : file) {
                Space space = f.space();
                String key = f.key();
                if (space == Space.AREA_OR_LOCATION) {
                    space = declaredKinds.containsKey(key(Space.AREA, f.symbol())) ? Space.AREA : Space.LOCATION;
                    key = key(space, f.symbol());
                }
                String kind = f.kind() != null ? f.kind() : space == Space.FUNCTION ? "function"
                        : space == Space.OPTION ? "option" : declaredKinds.getOrDefault(key, "unknown");
                occurrences.add(new NameOccurrence(f.name().text(), kind, f.name().span(), f.kind() != null, key));
            }
        }
        return occurrences;
    }

    private static String key(Space space, String symbol) {
        return space.name().toLowerCase(Locale.ROOT) + " " + symbol;
    }

    /** Finds the names of one file through the AST's visitors; {@code inScenario} while inside a scenario's add or replace. */
    private static final class Walker implements Item.Visitor<Void>, LocationEntry.Visitor<Void>,
            QuotaEntry.Visitor<Void>, ReportEntry.Visitor<Void>, ScenarioEntry.Visitor<Void>, Filter.Visitor<Void> {
        private final List<Found> found = new ArrayList<>();
        private boolean inScenario;
        /** The location whose lines are being walked: its options are named within it. */
        private String location;

        private void declare(Name name, Space space, String kind) {
            if (name != null && name.span() != null) {
                found.add(inScenario ? new Found(name, space, name.text(), null) : new Found(name, space, name.text(), kind));
            }
        }

        private void refer(Name name, Space space) {
            if (name != null && name.span() != null) {
                found.add(new Found(name, space, name.text(), null));
            }
        }

        private void declareItem(Item.Named item) {
            declare(item.name(), Space.of(item.itemKind()), item.itemKind().word());
        }

        private void expr(Expr expr) {
            if (expr != null) {
                ExprWalker.walk(expr, node -> node.accept(expressions));
            }
        }

        /** The names one expression node holds itself (the walker brings its children). */
        private final Expr.Visitor<Void> expressions = new Expr.Visitor<>() {
            @Override
            public Void visitNumber(Expr.Number expr) {
                return null;
            }

            @Override
            public Void visitCapacity(Expr.Capacity expr) {
                expr.filters().forEach(filter -> filter.accept(Walker.this));
                return null;
            }

            @Override
            public Void visitReference(Expr.Reference expr) {
                refer(expr.name(), Space.LET);
                return null;
            }

            @Override
            public Void visitQuota(Expr.QuotaRef expr) {
                refer(expr.quota(), Space.QUOTA);
                refer(expr.area(), Space.AREA);
                return null;
            }

            @Override
            public Void visitCall(Expr.Call expr) {
                refer(expr.function(), Space.FUNCTION);
                return null;
            }

            @Override
            public Void visitNegate(Expr.Negate expr) {
                return null;
            }

            @Override
            public Void visitBinary(Expr.Binary expr) {
                return null;
            }

            @Override
            public Void visitGroupBy(Expr.GroupBy expr) {
                return null;
            }

            @Override
            public Void visitAt(Expr.At expr) {
                return null;
            }
        };

        // --- items

        @Override
        public Void visitImport(Item.Import item) {
            return null;
        }

        @Override
        public Void visitAreas(Item.Areas item) {
            String kind = "area (" + item.level().name().toLowerCase(Locale.ROOT) + ")";
            item.names().forEach(name -> declare(name, Space.AREA, kind));
            refer(item.parent(), Space.AREA);
            return null;
        }

        @Override
        public Void visitKinds(Item.Kinds item) {
            Space space = item.targetGroups() ? Space.GROUP : Space.KIND;
            item.definitions().forEach(d -> declare(d.name(), space, item.targetGroups() ? "group" : "kind"));
            return null;
        }

        @Override
        public Void visitLocation(Item.Location item) {
            declareItem(item);
            refer(item.area(), Space.AREA);
            refer(item.kind(), Space.KIND);
            String outer = location;
            location = item.name().text();
            item.entries().forEach(entry -> entry.accept(this));
            location = outer;
            return null;
        }

        @Override
        public Void visitTable(Item.Table item) {
            declareItem(item);
            refer(item.kind(), Space.KIND);
            for (Item.TableRow row : item.rows()) {
                declare(row.name(), Space.LOCATION, ItemKind.LOCATION.word());
                refer(row.area(), Space.AREA);
            }
            return null;
        }

        @Override
        public Void visitLet(Item.Let item) {
            declareItem(item);
            expr(item.expr());
            return null;
        }

        @Override
        public Void visitReport(Item.Report item) {
            declareItem(item);
            item.entries().forEach(entry -> entry.accept(this));
            return null;
        }

        @Override
        public Void visitQuota(Item.Quota item) {
            declareItem(item);
            refer(item.key(), Space.KEY);
            item.entries().forEach(entry -> entry.accept(this));
            return null;
        }

        @Override
        public Void visitActual(Item.Actual item) {
            refer(item.name(), Space.QUOTA); // an actual names its quota
            item.entries().forEach(entry -> entry.accept(this));
            return null;
        }

        @Override
        public Void visitKey(Item.Key item) {
            declareItem(item);
            item.entries().forEach(entry -> refer(entry.area(), Space.AREA));
            return null;
        }

        @Override
        public Void visitCheck(Item.Check item) {
            expr(item.condition());
            return null;
        }

        @Override
        public Void visitReported(Item.Reported item) {
            expr(item.expr());
            return null;
        }

        @Override
        public Void visitScenario(Item.Scenario item) {
            declareItem(item);
            refer(item.parent(), Space.SCENARIO);
            item.entries().forEach(entry -> entry.accept(this));
            return null;
        }

        // --- lines of a location

        @Override
        public Void visitCapacity(LocationEntry.Capacity entry) {
            refer(entry.kind(), Space.KIND);
            return null;
        }

        @Override
        public Void visitGroupPlaces(LocationEntry.GroupPlaces entry) {
            refer(entry.group(), Space.GROUP);
            return null;
        }

        @Override
        public Void visitNote(LocationEntry.Note entry) {
            return null;
        }

        @Override
        public Void visitOption(LocationEntry.Option entry) {
            option(location, entry.name());
            return null;
        }

        private void option(String of, Name option) {
            if (option != null && option.span() != null && of != null) {
                found.add(new Found(option, Space.OPTION, of + "\u0000" + option.text(), null));
            }
        }

        // --- lines of a quota or actual

        @Override
        public Void visitLevel(QuotaEntry.Level entry) {
            refer(entry.area(), Space.AREA);
            return null;
        }

        @Override
        public Void visitFlow(QuotaEntry.Flow entry) {
            refer(entry.area(), Space.AREA);
            return null;
        }

        @Override
        public Void visitBacklog(QuotaEntry.Backlog entry) {
            refer(entry.area(), Space.AREA);
            return null;
        }

        @Override
        public Void visitCarry(QuotaEntry.Carry entry) {
            return null; // the policy is a word of the language, not a name
        }

        // --- lines of a report

        @Override
        public Void visitRows(ReportEntry.Rows entry) {
            expr(entry.expr());
            return null;
        }

        @Override
        public Void visitColumns(ReportEntry.Columns entry) {
            return null; // periods and step words
        }

        @Override
        public Void visitAggregate(ReportEntry.Aggregate entry) {
            return null;
        }

        @Override
        public Void visitTotal(ReportEntry.Total entry) {
            return null;
        }

        @Override
        public Void visitFormat(ReportEntry.Format entry) {
            return null;
        }

        // --- lines of a scenario

        @Override
        public Void visitExerciseAll(ScenarioEntry.ExerciseAll entry) {
            return null;
        }

        @Override
        public Void visitExercise(ScenarioEntry.Exercise entry) {
            for (ScenarioEntry.OptionRef ref : entry.options()) {
                refer(ref.location(), Space.LOCATION);
                if (ref.location() != null) {
                    option(ref.location().text(), ref.option());
                }
            }
            return null;
        }

        @Override
        public Void visitWithoutTentative(ScenarioEntry.WithoutTentative entry) {
            return null;
        }

        @Override
        public Void visitAdd(ScenarioEntry.Add entry) {
            return changed(entry.item());
        }

        @Override
        public Void visitDrop(ScenarioEntry.Drop entry) {
            Space space = entry.what() == null ? null : Space.of(entry.what());
            if (space != null) {
                refer(entry.name(), space);
            }
            return null;
        }

        @Override
        public Void visitReplace(ScenarioEntry.Replace entry) {
            return changed(entry.item());
        }

        /** A declaration inside a scenario: it changes the original, so its name refers to it. */
        private Void changed(Item item) {
            boolean outer = inScenario;
            inScenario = true;
            if (item != null) {
                item.accept(this);
            }
            inScenario = outer;
            return null;
        }

        // --- filters of capacity[...]

        @Override
        public Void visitBare(Filter.Bare filter) {
            refer(filter.name(), Space.AREA_OR_LOCATION);
            return null;
        }

        @Override
        public Void visitAttribute(Filter.Attribute filter) {
            Space space = switch (filter.attribute()) {
                case AREA -> Space.AREA;
                case KIND -> Space.KIND;
                case LOCATION -> Space.LOCATION;
                case GROUP -> Space.GROUP;
                case TABLE -> Space.TABLE;
            };
            filter.values().forEach(value -> refer(value, space));
            return null;
        }
    }
}
