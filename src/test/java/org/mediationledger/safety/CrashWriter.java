package org.mediationledger.safety;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;
import org.mediationledger.model.DataFileException;
import org.mediationledger.model.MediationCase;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.service.Services;

/**
 * A clerk saving cases as fast as the program lets them, in a child JVM the tests kill: after each save the program
 * confirmed it prints "SAVED number id". A save refused with a sentence (the shared file's host went away) prints
 * "REFUSED key" and the clerk saves again.
 * Arguments: data file, a label for the parties, how many cases; optionally how many refusals to bear (50) and how
 * long a summary to write (a short one).
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path db = Path.of(args[0]);
        String label = args[1];
        int count = Integer.parseInt(args[2]);
        int maxRefusals = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        String filler = args.length > 4 ? "纠纷经过".repeat(Integer.parseInt(args[4]) / 4) : "";
        try (Services s = Composition.open(db, TestData.ZH, Clock.systemDefaultZone(), false)) {
            ReferenceData ref = s.reference().load();
            out.println("OPEN");
            int saved = 0;
            int refused = 0;
            while (saved < count) {
                try {
                    MediationCase c = s.cases().register(TestData.draft(ref, label + " 第" + saved + "件" + filler, label + "甲" + saved,
                            label + "乙" + saved));
                    out.println("SAVED\t" + c.caseNumber() + "\t" + c.id());
                    saved++;
                } catch (DataFileException e) {
                    out.println("REFUSED\t" + e.reasonKey());
                    if (++refused >= maxRefusals) {
                        out.println("GAVE UP");
                        break;
                    }
                }
            }
            out.println("DONE");
        }
    }
}
