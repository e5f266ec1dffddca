package io.wirewatch.local.kit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.Construct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A CloudFormation/SAM template read as plain maps. Short-form intrinsics ({@code !Ref X}, {@code !GetAtt A.B},
 * {@code !Sub '...'}) become their long forms ({@code {"Ref": "X"}}, {@code {"Fn::GetAtt": ...}}), so the rest of
 * the code sees one shape.
 */
public final class CfnTemplate {
    private final Map<String, Object> root;

    private CfnTemplate(Map<String, Object> root) {
        this.root = root;
    }

    /** Reads a template file. */
    public static CfnTemplate read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    /** Parses template text. */
    @SuppressWarnings("unchecked")
    public static CfnTemplate parse(String yaml) {
        Object doc = new Yaml(new IntrinsicConstructor()).load(yaml);
        if (!(doc instanceof Map)) {
            throw new IllegalArgumentException("template is not a YAML mapping");
        }
        return new CfnTemplate((Map<String, Object>) doc);
    }

    /** The whole document. */
    public Map<String, Object> root() {
        return root;
    }

    /** Resources by logical id, in template order. */
    public Map<String, Map<String, Object>> resources() {
        return section("Resources");
    }

    /** Resources of one type ("AWS::DynamoDB::Table"), by logical id. */
    public Map<String, Map<String, Object>> resourcesOfType(String type) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        resources().forEach((id, r) -> {
            if (type.equals(r.get("Type"))) {
                out.put(id, r);
            }
        });
        return out;
    }

    /** Parameter defaults by name. */
    public Map<String, String> parameterDefaults() {
        Map<String, String> out = new LinkedHashMap<>();
        section("Parameters").forEach((k, v) -> {
            Object d = v.get("Default");
            out.put(k, d == null ? "" : d.toString());
        });
        return out;
    }

    /**
     * Checks a value for parameter {@code name} against its {@code AllowedPattern} (a whole-value match, as
     * CloudFormation applies it), so a value AWS would refuse is refused here too.
     *
     * @throws IllegalArgumentException naming the parameter, the value and the {@code ConstraintDescription}
     */
    public void checkParameter(String name, String value) {
        Object pattern = section("Parameters").getOrDefault(name, Map.of()).get("AllowedPattern");
        if (pattern != null && !java.util.regex.Pattern.compile(pattern.toString()).matcher(value).matches()) {
            Object why = section("Parameters").get(name).get("ConstraintDescription");
            throw new IllegalArgumentException("parameter " + name + " must match " + pattern + ", was \"" + value
                    + "\"" + (why == null ? "" : ": " + why));
        }
    }

    /** {@code Globals.Function}, or empty. */
    public Map<String, Object> functionGlobals() {
        Map<String, Object> globals = map(root.get("Globals"));
        return map(globals.get("Function"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> section(String name) {
        Object s = root.get(name);
        return s instanceof Map ? (Map<String, Map<String, Object>>) s : Map.of();
    }

    /** The value as a map, or an empty map. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object o) {
        return o instanceof Map ? (Map<String, Object>) o : Map.of();
    }

    /** The value as a list, or an empty list. */
    @SuppressWarnings("unchecked")
    public static List<Object> list(Object o) {
        return o instanceof List ? (List<Object>) o : o == null ? List.of() : List.of(o);
    }

    /** Walks a path of map keys; null when any step is missing. */
    public static Object at(Object o, String... path) {
        Object cur = o;
        for (String p : path) {
            if (!(cur instanceof Map<?, ?> m)) {
                return null;
            }
            cur = m.get(p);
        }
        return cur;
    }

    private static final class IntrinsicConstructor extends SafeConstructor {
        IntrinsicConstructor() {
            super(new LoaderOptions());
        }

        @Override
        protected Construct getConstructor(Node node) {
            String tag = node.getTag().getValue();
            if (tag.startsWith("!")) {
                String name = tag.substring(1);
                String key = "Ref".equals(name) || "Condition".equals(name) ? name : "Fn::" + name;
                return new AbstractConstruct() {
                    @Override
                    public Object construct(Node n) {
                        Object v;
                        if (n instanceof ScalarNode s) {
                            v = constructScalar(s);
                            if ("Fn::GetAtt".equals(key)) {
                                v = List.of(((String) v).split("\\.", 2));
                            }
                        } else if (n instanceof SequenceNode q) {
                            v = constructSequence(q);
                        } else {
                            v = constructMapping((MappingNode) n);
                        }
                        return Map.of(key, v);
                    }
                };
            }
            return super.getConstructor(node);
        }
    }
}
