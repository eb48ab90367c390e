package dev.caplan.eval;

import java.util.List;

/**
 * How a value was computed: a line of text, where in the model it comes from ({@code file:line},
 * may be null), and the explanations of the values it was computed from.
 */
public record Explanation(String text, String location, List<Explanation> inputs) {
    public Explanation {
        inputs = List.copyOf(inputs);
    }

    public static Explanation leaf(String text, String location) {
        return new Explanation(text, location, List.of());
    }

    /** The tree as indented text, one line per step, locations after the text. */
    public String render() {
        StringBuilder out = new StringBuilder();
        render(out, "", "");
        return out.toString();
    }

    private void render(StringBuilder out, String lead, String childLead) {
        out.append(lead).append(text);
        if (location != null) {
            out.append("   [").append(location).append(']');
        }
        out.append('\n');
        for (int i = 0; i < inputs.size(); i++) {
            boolean last = i == inputs.size() - 1;
            inputs.get(i).render(out, childLead + (last ? "└─ " : "├─ "), childLead + (last ? "   " : "│  "));
        }
    }
}
