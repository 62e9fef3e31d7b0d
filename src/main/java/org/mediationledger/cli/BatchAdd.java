package org.mediationledger.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Problem;
import org.mediationledger.model.ValidationException;

/**
 * Adding records from a file, all or nothing: every input is read and checked first, each problem printed with
 * the record it belongs to ("第 2 个案件 · 涉及人数：…"); only when none has a problem are they all saved, in one
 * transaction, and only after it is committed is a line printed for each: a batch killed halfway saves nothing,
 * and a line on the screen means the record is on disk.
 */
final class BatchAdd {
    private BatchAdd() {
    }

    /**
     * @param read  turns an input into a record; throws ValidationException for values it cannot place
     * @param check the rules that need the data file
     * @param nth   the words before a problem of the n-th input (used when the file holds several)
     * @param save  saves one record and returns the line to print
     */
    static <I, T> int run(Cli cli, org.mediationledger.service.Transactions tx, List<I> inputs, Function<I, T> read, Function<T, List<Problem>> check,
                          IntFunction<String> nth, Function<T, String> save) {
        Messages m = cli.messages();
        List<T> records = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String lead = inputs.size() > 1 ? nth.apply(i + 1) : "";
            try {
                T r = read.apply(inputs.get(i));
                records.add(r);
                check.apply(r).stream().filter(Problem::blocking)
                        .forEach(p -> errors.add(lead + m.fieldLabel(p.field()) + "：" + m.problem(p)));
            } catch (ValidationException v) {
                v.problems().forEach(p -> errors.add(lead + m.fieldLabel(p.field()) + "：" + m.problem(p)));
            }
        }
        if (!errors.isEmpty()) {
            errors.forEach(cli.err()::println);
            cli.err().println(m.get("cli.nothingSaved"));
            return Cli.INVALID_DATA;
        }
        List<String> saved = tx.inOne(() -> records.stream().map(save).toList());
        saved.forEach(cli.out()::println);
        return Cli.OK;
    }
}
