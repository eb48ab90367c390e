package dev.caplan.ast;

/** The kind word and name of a declaration, as a scenario refers to it ({@code drop location "X"}). */
public final class ItemNames {

    private ItemNames() {
    }

    public static String kind(Item item) {
        if (item instanceof Item.Location) {
            return "location";
        }
        if (item instanceof Item.Table) {
            return "table";
        }
        if (item instanceof Item.Let) {
            return "let";
        }
        if (item instanceof Item.Quota) {
            return "quota";
        }
        if (item instanceof Item.Actual) {
            return "actual";
        }
        if (item instanceof Item.Key) {
            return "key";
        }
        if (item instanceof Item.Report) {
            return "report";
        }
        if (item instanceof Item.Check) {
            return "check";
        }
        if (item instanceof Item.Reported) {
            return "reported";
        }
        return "declaration";
    }

    /** The name a scenario uses for the declaration, or null when it cannot be named. */
    public static Name name(Item item) {
        if (item instanceof Item.Location l) {
            return l.name();
        }
        if (item instanceof Item.Table t) {
            return t.name();
        }
        if (item instanceof Item.Let l) {
            return l.name();
        }
        if (item instanceof Item.Quota q) {
            return q.name();
        }
        if (item instanceof Item.Actual a) {
            return a.name();
        }
        if (item instanceof Item.Key k) {
            return k.name();
        }
        if (item instanceof Item.Report r) {
            return r.name();
        }
        if (item instanceof Item.Check c && c.label() != null) {
            return new Name(c.label(), true, c.span());
        }
        if (item instanceof Item.Reported r && r.label() != null) {
            return new Name(r.label(), true, r.span());
        }
        return null;
    }
}
