package org.mediationledger.cli;

import java.time.LocalDate;
import java.util.UUID;
import org.mediationledger.model.Messages;
import org.mediationledger.service.ReferenceData;
import picocli.CommandLine.Option;

/** --from / --to / --unit shared by the reading commands. */
class Range {
    @Option(names = "--from", required = true, paramLabel = "D", description = "起始日期 / from, e.g. 2026-10-01")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "D", description = "截止日期 / to, e.g. 2026-12-31")
    LocalDate to;

    @Option(names = "--unit", paramLabel = "U", description = "村/社区名称 / unit name")
    String unit;

    UUID unitId(Messages m, ReferenceData ref) {
        if (to.isBefore(from)) {
            throw new UserInputException(m.get("cli.rangeBackwards", from, to), Cli.BAD_ARGUMENTS);
        }
        if (unit == null) {
            return null;
        }
        return ref.units().stream().filter(u -> u.name().equals(unit.strip())).map(u -> u.id()).findFirst()
                .orElseThrow(() -> new UserInputException(m.get("cli.unknownUnit", unit,
                        String.join("、", ref.units().stream().map(u -> u.name()).toList())), Cli.BAD_ARGUMENTS));
    }
}
