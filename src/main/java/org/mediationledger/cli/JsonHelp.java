package org.mediationledger.cli;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.mediationledger.model.Messages;
import picocli.CommandLine;

/**
 * The JSON fields of each command that reads a file, as its --help shows them and docs/cli-json.md documents them:
 * built from the input records themselves, so neither can miss a field the command reads.
 */
final class JsonHelp {
    private JsonHelp() {
    }

    /** One field: its path in the file (parties[].name), whether it is required, its label and the kind of value. */
    record Field(String path, String mark, String label, String value) {
    }

    static List<Field> fields(JsonInput in, Messages m) {
        List<Field> out = new ArrayList<>();
        List<String> required = in.jsonRequired();
        for (String name : in.jsonFields()) {
            RecordComponent c = Arrays.stream(in.jsonType().getRecordComponents()).filter(x -> x.getName().equals(name))
                    .findFirst().orElseThrow(() -> new IllegalStateException(in.jsonType() + " has no " + name));
            boolean req = required.stream().anyMatch(r -> Arrays.asList(r.split("\\|")).contains(name));
            add(out, "", c, req && !required.contains(name) ? ALTERNATIVE : req ? REQUIRED : "", in.jsonChoices(), m);
        }
        return out;
    }

    static final String REQUIRED = "*";
    static final String ALTERNATIVE = "+";

    private static void add(List<Field> out, String prefix, RecordComponent c, String mark,
                            Map<String, Class<? extends Enum<?>>> choices, Messages m) {
        String path = prefix + c.getName();
        Class<?> element = listElement(c.getGenericType());
        if (element != null && element.isRecord()) {
            out.add(new Field(path + "[]", mark, label(c, m), m.get("help.json.list")));
            for (RecordComponent inner : element.getRecordComponents()) {
                add(out, path + "[].", inner, "", choices, m);
            }
            return;
        }
        out.add(new Field(path, mark, label(c, m), value(c, element, choices.get(c.getName()), m)));
    }

    /** A field's label in the context of its record (AttemptInput.kind: "field.attempt.kind"), else the general one. */
    private static String label(RecordComponent c, Messages m) {
        String record = c.getDeclaringRecord().getSimpleName().replaceAll("Input$", "");
        String context = Character.toLowerCase(record.charAt(0)) + record.substring(1) + "." + c.getName();
        return m.has("field." + context) ? m.get("field." + context) : m.fieldLabel(c.getName());
    }

    private static Class<?> listElement(Type t) {
        if (t instanceof ParameterizedType p && p.getRawType() == List.class
                && p.getActualTypeArguments()[0] instanceof Class<?> e) {
            return e;
        }
        return null;
    }

    private static String value(RecordComponent c, Class<?> element, Class<? extends Enum<?>> choice, Messages m) {
        if (choice != null) {
            return String.join("|", Arrays.stream(choice.getEnumConstants()).map(Enum::name).toList());
        }
        Class<?> t = c.getType();
        String name = c.getName();
        if (element != null) {
            return m.get("help.json.names");
        }
        if (t == Integer.class || t == int.class) {
            return m.get("help.json.integer");
        }
        if (t == BigDecimal.class) {
            return m.get("help.json.amount");
        }
        if (t == Boolean.class || t == boolean.class) {
            return "true|false";
        }
        if (name.equals("date") || name.endsWith("Date") || name.equals("deadline")) {
            return m.get("help.json.date");
        }
        return m.get("help.json.text");
    }

    /** The footer of a command's --help: its fields, one per line. */
    static String[] footer(JsonInput in, Messages m) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add(m.get("help.json.title"));
        List<Field> fields = fields(in, m);
        int width = fields.stream().mapToInt(f -> f.path().length()).max().orElse(10) + 2;
        for (Field f : fields) {
            lines.add(String.format("  %-" + width + "s%-2s%s  %s", f.path(), f.mark(), f.label(), f.value()));
        }
        if (!in.jsonRequired().isEmpty()) {
            lines.add(m.get("help.json.requiredNote"));
        }
        return lines.toArray(String[]::new);
    }

    /** Sets the footer of every command (and subcommand) that reads JSON. */
    static void install(CommandLine cl, Messages m) {
        if (cl.getCommand() instanceof JsonInput in) {
            cl.getCommandSpec().usageMessage().footer(footer(in, m));
        }
        cl.getCommandSpec().usageMessage().width(120);
        cl.getSubcommands().values().forEach(sub -> install(sub, m));
    }

    /** Every command that reads JSON, by its full name ("cases attempt"), in the order of the command tree. */
    static Map<String, JsonInput> all(CommandLine cl) {
        Map<String, JsonInput> out = new java.util.LinkedHashMap<>();
        collect(cl, "", out);
        return out;
    }

    private static void collect(CommandLine cl, String prefix, Map<String, JsonInput> out) {
        if (cl.getCommand() instanceof JsonInput in) {
            out.put(prefix.strip(), in);
        }
        cl.getSubcommands().forEach((name, sub) -> collect(sub, prefix + " " + name, out));
    }
}
