package dev.caplan.check;

import dev.caplan.ast.Quantity;
import dev.caplan.diag.Code;
import dev.caplan.diag.Diagnostics;
import java.math.BigDecimal;

/** Places and persons are counted in whole numbers; a fraction is reported with a hint for Dutch thousands separators. */
final class Whole {

    private Whole() {
    }

    /** Whether the quantity is whole; reports it when not. {@code what} names the thing counted, for the message. */
    static boolean require(Quantity quantity, String what, Diagnostics diagnostics) {
        BigDecimal value = quantity.value();
        if (quantity.isRange()) {
            // a range's middle may be a half ("400..601"); its bounds must be whole
            value = quantity.low().stripTrailingZeros().scale() > 0 ? quantity.low() : quantity.high();
        }
        if (value.stripTrailingZeros().scale() <= 0) {
            return true;
        }
        String text = quantity.span().text().replace("?", "").trim();
        String hint = value.scale() == 3 && !quantity.percent()
                ? "did you mean " + text.replace(".", "").replace("_", "") + "? (places are whole numbers; "
                        + "Dutch writes 75.500 for seventy-five thousand five hundred)"
                : what + " is counted in whole numbers";
        diagnostics.error(Code.NOT_WHOLE, quantity.span(), text + " is not a whole number", hint);
        return false;
    }
}
