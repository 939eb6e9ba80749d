package org.argmap.dung;

import java.util.List;

/**
 * What a parser returns: either a framework and no errors, or no framework ({@code af == null})
 * and every error found, sorted by location. Parsers never throw for bad input.
 */
public record DungParseResult(ArgumentationFramework af, List<DungParseError> errors) {

    public DungParseResult {
        errors = errors.stream().sorted().toList();
        if ((af == null) == errors.isEmpty()) {
            throw new IllegalArgumentException("exactly one of a framework or errors must be given");
        }
    }

    static DungParseResult of(ArgumentationFramework af) {
        return new DungParseResult(af, List.of());
    }

    static DungParseResult failed(List<DungParseError> errors) {
        return new DungParseResult(null, errors);
    }

    /** Whether the input was read without errors. */
    public boolean ok() {
        return af != null;
    }
}
