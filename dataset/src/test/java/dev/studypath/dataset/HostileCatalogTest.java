package dev.studypath.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * A catalog file from a stranger: random mutations of the bundled catalog must load as a valid
 * catalog or be refused with a report, never escape the loader with another exception, never hang,
 * never give a partial catalog.
 */
class HostileCatalogTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode BUNDLED = readBundled();
    private static final Duration PER_MUTANT = Duration.ofSeconds(10);

    private static JsonNode readBundled() {
        try (InputStream in = HostileCatalogTest.class.getResourceAsStream("/dev/studypath/dataset/rust-guide.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kinds of damage a mutant may carry. */
    enum Mutation { DELETE, DUPLICATE, RETYPE, REORDER, CYCLE, DANGLING, HUGE_STRING, HUGE_ARRAY, DEEP_NESTING,
        DUPLICATE_KEY, TRUNCATE }

    @Test
    void mutatedCatalogs_loadOrAreRefused_neverCrashOrHang() {
        int[] outcomes = new int[2];
        qt().withFixedSeed(20261126L).withExamples(400).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
            String text = mutant(new Random(seed));
            assertTimeoutPreemptively(PER_MUTANT, () -> {
                try {
                    Catalog catalog = Catalogs.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                            "mutant");
                    String again = Catalogs.toJson(catalog);
                    assertEquals(again, Catalogs.toJson(Catalogs.read(
                            new ByteArrayInputStream(again.getBytes(StandardCharsets.UTF_8)), "again")));
                    outcomes[0]++;
                } catch (CatalogFileException e) {
                    assertFalse(e.problems().isEmpty());
                    for (Problem problem : e.problems()) {
                        assertFalse(problem.message().isBlank());
                        assertTrue(problem.pointer().isEmpty() || problem.pointer().startsWith("/"), problem::toString);
                    }
                    outcomes[1]++;
                } catch (RuntimeException e) {
                    fail("the loader let " + e + " escape for mutant seed " + seed, e);
                }
            });
        });
        assertTrue(outcomes[0] > 0 && outcomes[1] > 0, "both valid and refused mutants occur: " + outcomes[0] + "/"
                + outcomes[1]);
    }

    @Test
    void hundredThousandProjectsWithACycleDeepInside_areRefusedWithTheCycleNamed() {
        StringBuilder json = new StringBuilder("{\"format\":1,\"id\":\"big\",\"title\":{\"en\":\"Big\"},"
                + "\"baselineHoursPerWeek\":10,\"projects\":[");
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            String prerequisite = i == 0 ? "" : i == 70_000 ? "p69999\"},{\"project\":\"p70002"
                    : "p" + (i - 1);
            json.append(i == 0 ? "" : ",").append("{\"id\":\"p").append(i)
                    .append("\",\"name\":{\"en\":\"P\"},\"level\":\"entry\",\"difficulty\":1,\"rating\":3,")
                    .append("\"effort\":{\"unit\":\"hours\",\"min\":1,\"max\":2}")
                    .append(prerequisite.isEmpty() ? "" : ",\"prerequisites\":[{\"project\":\"" + prerequisite + "\"}]")
                    .append('}');
        }
        json.append("]}");
        byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
        CatalogFileException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try {
                Catalogs.read(new ByteArrayInputStream(bytes), "big.json");
                return null;
            } catch (CatalogFileException refused) {
                return refused;
            }
        });
        assertEquals(List.of("/projects/70001/prerequisites/0/project: "
                + "prerequisite cycle: p70000 -> p70002 -> p70001 -> p70000 (each needs the next)"),
                e.problems().stream().map(Problem::toString).toList());
    }

    private static String mutant(Random random) {
        JsonNode root = BUNDLED.deepCopy();
        int mutations = 1 + random.nextInt(3);
        String text = null;
        for (int m = 0; m < mutations; m++) {
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            switch (mutation) {
                case DELETE -> withRandomContainer(root, random, (parent, key) -> remove(parent, key));
                case DUPLICATE -> withRandomArray(root, random, array -> array.add(array.get(random.nextInt(
                        array.size())).deepCopy()));
                case RETYPE -> withRandomContainer(root, random, (parent, key) -> set(parent, key, randomValue(random)));
                case REORDER -> withRandomArray(root, random, array -> {
                    List<JsonNode> items = new ArrayList<>();
                    array.forEach(items::add);
                    java.util.Collections.shuffle(items, random);
                    array.removeAll();
                    array.addAll(items);
                });
                case CYCLE -> {
                    ArrayNode projects = (ArrayNode) root.path("projects");
                    if (projects.size() > 1) {
                        ObjectNode first = (ObjectNode) projects.get(random.nextInt(projects.size()));
                        String to = projects.get(random.nextInt(projects.size())).path("id").asText();
                        first.withArray("prerequisites").addObject().put("project", to).put("reason", "cycle");
                    }
                }
                case DANGLING -> {
                    ArrayNode projects = (ArrayNode) root.path("projects");
                    if (!projects.isEmpty()) {
                        ((ObjectNode) projects.get(random.nextInt(projects.size()))).withArray("prerequisites")
                                .addObject().put("project", "nowhere-" + random.nextInt(100));
                    }
                }
                case HUGE_STRING -> withRandomContainer(root, random, (parent, key) -> set(parent, key,
                        JsonNodeFactory.instance.textNode("x".repeat(1 << 20))));
                case HUGE_ARRAY -> withRandomContainer(root, random, (parent, key) -> {
                    ArrayNode huge = JsonNodeFactory.instance.arrayNode();
                    for (int i = 0; i < 100_000; i++) {
                        huge.add(i);
                    }
                    set(parent, key, huge);
                });
                case DEEP_NESTING -> {
                    int depth = 500 + random.nextInt(3000);
                    text = JSON.valueToTree(root).toString();
                    int at = text.indexOf("\"title\":") + "\"title\":".length();
                    text = text.substring(0, at) + "[".repeat(depth) + "]".repeat(depth) + ","
                            + "\"ignored\":" + text.substring(at);
                }
                case DUPLICATE_KEY -> {
                    text = root.toString();
                    text = text.replaceFirst("\"difficulty\":", "\"difficulty\":3,\"difficulty\":");
                }
                case TRUNCATE -> {
                    text = root.toString();
                    text = text.substring(0, random.nextInt(text.length()));
                }
            }
            if (text != null) {
                return text;
            }
        }
        return root.toString();
    }

    private interface Slot {
        void apply(JsonNode parent, Object key);
    }

    /** Picks a random field or element somewhere in the tree and hands its parent and key to {@code slot}. */
    private static void withRandomContainer(JsonNode root, Random random, Slot slot) {
        JsonNode parent = root;
        Object key = null;
        int depth = 1 + random.nextInt(6);
        for (int d = 0; d < depth; d++) {
            JsonNode child;
            Object childKey;
            if (parent.isObject() && parent.size() > 0) {
                List<String> names = new ArrayList<>();
                parent.fieldNames().forEachRemaining(names::add);
                childKey = names.get(random.nextInt(names.size()));
                child = parent.get((String) childKey);
            } else if (parent.isArray() && parent.size() > 0) {
                childKey = random.nextInt(parent.size());
                child = parent.get((Integer) childKey);
            } else {
                break;
            }
            if (!child.isContainerNode() || d == depth - 1) {
                slot.apply(parent, childKey);
                return;
            }
            parent = child;
            key = childKey;
        }
        if (key != null) {
            slot.apply(root, root.fieldNames().next());
        }
    }

    private static void withRandomArray(JsonNode root, Random random, java.util.function.Consumer<ArrayNode> change) {
        List<ArrayNode> arrays = new ArrayList<>();
        collectArrays(root, arrays);
        List<ArrayNode> nonEmpty = arrays.stream().filter(a -> !a.isEmpty()).toList();
        if (!nonEmpty.isEmpty()) {
            change.accept(nonEmpty.get(random.nextInt(nonEmpty.size())));
        }
    }

    private static void collectArrays(JsonNode node, List<ArrayNode> into) {
        if (node.isArray()) {
            into.add((ArrayNode) node);
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            collectArrays(it.next(), into);
        }
    }

    private static void remove(JsonNode parent, Object key) {
        if (parent instanceof ObjectNode object) {
            object.remove((String) key);
        } else if (parent instanceof ArrayNode array) {
            array.remove((Integer) key);
        }
    }

    private static void set(JsonNode parent, Object key, JsonNode value) {
        if (parent instanceof ObjectNode object) {
            object.set((String) key, value);
        } else if (parent instanceof ArrayNode array) {
            array.set((Integer) key, value);
        }
    }

    private static JsonNode randomValue(Random random) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (random.nextInt(8)) {
            case 0 -> f.nullNode();
            case 1 -> f.booleanNode(random.nextBoolean());
            case 2 -> f.numberNode(random.nextInt(20) - 10);
            case 3 -> f.numberNode(random.nextDouble() * 1e12);
            case 4 -> f.textNode("text " + random.nextInt(1000));
            case 5 -> f.arrayNode().add(random.nextInt());
            case 6 -> f.objectNode().put("unexpected", true);
            default -> f.textNode("");
        };
    }

}
