package org.mediationledger.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mediationledger.model.Messages;

/** JSON files in, JSON text out. */
final class Json {
    private Json() {
    }

    /**
     * Reads one object or an array of objects. Every refusal is a sentence in the user's language naming the place
     * or the field: bad syntax or encoding, an unknown field (with the known ones), a value of the wrong kind (1.5
     * people, "abc" as an amount), a null record, content nested too deeply.
     */
    static <T> List<T> read(Path file, Class<T> type, Messages m) {
        List<com.fasterxml.jackson.databind.node.ObjectNode> nodes = nodes(file, m);
        List<T> out = new ArrayList<>();
        for (var node : nodes) {
            out.add(convert(file, node, type, m));
        }
        return out;
    }

    private static ObjectMapper mapper() {
        ObjectMapper json = new ObjectMapper()
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        json.coercionConfigDefaults().setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Float,
                com.fasterxml.jackson.databind.cfg.CoercionAction.Fail);
        return json;
    }

    /** The objects of a file holding one object or an array of them, each refusal a sentence. */
    static List<com.fasterxml.jackson.databind.node.ObjectNode> nodes(Path file, Messages m) {
        if (!Files.isReadable(file) || Files.isDirectory(file)) {
            throw new UserInputException(m.get("cli.fileNotFound", file), Cli.BAD_ARGUMENTS);
        }
        try {
            JsonNode tree = mapper().readTree(file.toFile());
            if (tree == null || !(tree.isArray() || tree.isObject())) {
                throw new UserInputException(m.get("cli.badJson", file, "1:1", m.get("cli.notAnObject")), Cli.INVALID_DATA);
            }
            if (tree.isArray() && tree.isEmpty()) {
                throw new UserInputException(m.get("cli.json.empty", file), Cli.INVALID_DATA);
            }
            List<com.fasterxml.jackson.databind.node.ObjectNode> out = new ArrayList<>();
            int n = 0;
            for (JsonNode node : tree.isArray() ? tree : List.of(tree)) {
                n++;
                if (!node.isObject()) {
                    throw new UserInputException(m.get("cli.json.nullRecord", file, n), Cli.INVALID_DATA);
                }
                out.add((com.fasterxml.jackson.databind.node.ObjectNode) node);
            }
            return out;
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw new UserInputException(m.get("cli.json.tooLarge", file), Cli.INVALID_DATA);
        } catch (JsonProcessingException e) {
            throw syntax(file, e, m);
        } catch (IOException e) {
            throw new UserInputException(m.get("cli.fileNotFound", file), Cli.BAD_ARGUMENTS);
        }
    }

    /** One object of the file as the given input record: an unknown field or a value of the wrong kind is a sentence. */
    static <T> T convert(Path file, JsonNode node, Class<T> type, Messages m) {
        try {
            return mapper().treeToValue(node, type);
        } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : String.join("、",
                    e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList());
            throw new UserInputException(m.get("cli.json.unknownField", file, e.getPropertyName(), path(e), known),
                    Cli.INVALID_DATA);
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            String where = path(e);
            throw new UserInputException(m.get("cli.json.wrongType", file, where.isEmpty() ? "?" : where,
                    m.get(typeWord(e.getTargetType()))), Cli.INVALID_DATA);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw new UserInputException(m.get("cli.json.tooLarge", file), Cli.INVALID_DATA);
        } catch (JsonProcessingException e) {
            throw syntax(file, e, m);
        }
    }

    /** Bad JSON: the file and the line:column where reading stopped. */
    private static UserInputException syntax(Path file, JsonProcessingException e, Messages m) {
        var at = e.getLocation();
        return new UserInputException(m.get("cli.json.syntax", file,
                at == null || at.getLineNr() < 0 ? "1:1" : at.getLineNr() + ":" + at.getColumnNr()), Cli.INVALID_DATA);
    }

    /** The JSON path of a failure as the file writes it: parties[0].name. */
    private static String path(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String typeWord(Class<?> t) {
        if (t == null) {
            return "type.value";
        }
        if (t == Integer.class || t == int.class || t == Long.class || t == long.class) {
            return "type.integer";
        }
        if (Number.class.isAssignableFrom(t)) {
            return "type.number";
        }
        if (t == String.class) {
            return "type.text";
        }
        if (java.util.Collection.class.isAssignableFrom(t)) {
            return "type.list";
        }
        if (t.isRecord()) {
            return "type.object";
        }
        return "type.value";
    }

    /**
     * Table rows as JSON objects under the given keys; with ids (one per row, or null) each object starts with idKey.
     */
    static String rows(String[] keys, List<List<String>> body, String idKey, List<String> ids) {
        return write(java.util.stream.IntStream.range(0, body.size()).mapToObj(n -> {
            Map<String, Object> o = new LinkedHashMap<>();
            if (ids != null) {
                o.put(idKey, ids.get(n));
            }
            for (int i = 0; i < keys.length; i++) {
                o.put(keys[i], body.get(n).get(i));
            }
            return o;
        }).toList());
    }

    static String write(Object value) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
