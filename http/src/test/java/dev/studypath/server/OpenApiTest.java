package dev.studypath.server;

import static dev.studypath.server.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document against the real parser and the real server: it is valid OpenAPI 3.1, it
 * documents exactly the routes served, and what the server answers matches the documented schemas.
 */
class OpenApiTest {

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(
            com.networknt.schema.SpecVersion.VersionFlag.V202012);

    private static TestServer http;
    private static String text;
    private static JsonNode document;
    private static OpenAPI openapi;

    @BeforeAll
    static void startServerAndParseTheDocument() {
        http = TestServer.start();
        text = http.get("/openapi.json").body();
        document = json(text);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
        assertEquals(List.of(), result.getMessages(), "swagger-parser's messages");
        openapi = result.getOpenAPI();
    }

    @AfterAll
    static void stopServer() {
        http.close();
    }

    /** "METHOD /path" for every operation of the document. */
    private static TreeSet<String> documented() {
        TreeSet<String> operations = new TreeSet<>();
        openapi.getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
                .forEach(method -> operations.add(method.name() + " " + path)));
        return operations;
    }

    @Test
    void document_isOpenApi31() {
        assertEquals(SpecVersion.V31, openapi.getSpecVersion());
        assertEquals("3.1.0", openapi.getOpenapi());
        assertEquals(Server.version(), openapi.getInfo().getVersion());
    }

    @Test
    void everyServedRoute_isDocumented() {
        TreeSet<String> undocumented = new TreeSet<>(http.server.routes());
        undocumented.removeAll(documented());
        assertEquals(new TreeSet<>(), undocumented);
    }

    @Test
    void everyDocumentedOperation_isServed() {
        TreeSet<String> unserved = documented();
        unserved.removeAll(http.server.routes());
        assertEquals(new TreeSet<>(), unserved);
        for (String operation : documented()) {
            HttpResponse<String> response = call(operation);
            assertNotEquals(404, response.statusCode(), operation);
            assertNotEquals(405, response.statusCode(), operation);
        }
    }

    /** The query parameters documented for each GET operation are exactly those its endpoint takes. */
    @Test
    void everyGetOperationsDocumentedParameters_areThoseItsEndpointTakes() {
        List<String> failures = new ArrayList<>();
        for (String operation : documented()) {
            if (!operation.startsWith("GET ")) {
                continue;
            }
            TreeSet<String> served = new TreeSet<>(http.parametersTakenBy(operation.substring(4).replace("{id}", "tokio")));
            TreeSet<String> described = new TreeSet<>();
            for (JsonNode parameter : document.get("paths").get(operation.substring(4)).get("get").path("parameters")) {
                JsonNode resolved = resolve(parameter);
                if (resolved.get("in").asText().equals("query")) {
                    described.add(resolved.get("name").asText());
                }
            }
            if (!served.equals(described)) {
                failures.add(operation + ": takes " + served + ", documents " + described);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void everyOperationsAnswer_matchesItsDocumentedSchema() {
        List<String> failures = new ArrayList<>();
        for (String operation : documented()) {
            HttpResponse<String> response = call(operation);
            assertEquals(200, response.statusCode(), () -> operation + ": " + response.body());
            failures.addAll(validateResponse(operation, response));
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void errorAnswers_matchTheProblemSchemaAndAreDocumented() {
        Map<String, String> errors = Map.of(
                "GET /api/next", "/api/next?goal=quantum",
                "GET /api/path", "/api/path?completed=nope",
                "GET /api/projects/{id}", "/api/projects/nope",
                "GET /api/catalog", "/api/catalog?x=1",
                "GET /health", "/health?x=1");
        List<String> failures = new ArrayList<>();
        errors.forEach((operation, target) -> failures.addAll(validateResponse(operation, http.get(target))));
        HttpResponse<String> notAcceptable = http.send(http.request("/api/skills").header("Accept", "text/csv").build());
        failures.addAll(validateResponse("GET /api/skills", notAcceptable));
        HttpResponse<String> notAllowed = http.send(http.request("/api/goals").DELETE().build());
        failures.addAll(validateResponse("GET /api/goals", notAllowed));
        assertEquals(List.of(), failures);
    }

    @Test
    void everyExample_matchesItsSchema() {
        List<String> failures = new ArrayList<>();
        List<JsonNode> withSchemas = new ArrayList<>();
        collectSchemaHolders(document, withSchemas);
        withSchemas.forEach(parent -> {
            JsonNode schema = parent.get("schema");
            if (parent.has("example")) {
                failures.addAll(validate(schema, parent.get("example"), "example of " + parent));
            }
            if (parent.has("examples")) {
                parent.get("examples").forEach(example ->
                        failures.addAll(validate(schema, example.get("value"), "example " + example)));
            }
        });
        assertEquals(List.of(), failures);
        long examples = withSchemas.stream().filter(node -> node.has("example") || node.has("examples")).count();
        assertTrue(examples >= 20, "the walk found only " + examples + " examples");
    }

    /** Every media type and parameter object: the objects that have a "schema". */
    private static void collectSchemaHolders(JsonNode node, List<JsonNode> found) {
        if (node.isObject() && node.has("schema")) {
            found.add(node);
        }
        node.forEach(child -> collectSchemaHolders(child, found));
    }

    @Test
    void scheduleSchemas_areTheScheduleJsonSchemaOfTheFormatPackage() throws java.io.IOException {
        JsonNode schema;
        try (java.io.InputStream in = dev.studypath.format.ScheduleJson.class.getResourceAsStream(
                dev.studypath.format.ScheduleJson.SCHEMA)) {
            schema = json(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        JsonNode components = document.at("/components/schemas");
        ObjectNode root = schema.deepCopy();
        root.remove(List.of("$schema", "$id", "$defs"));
        assertEquals(asComponent(root), components.get("Schedule"));
        schema.get("$defs").fields().forEachRemaining(definition -> assertEquals(asComponent(definition.getValue()),
                components.get(componentName(definition.getKey())), definition.getKey()));
    }

    private static String componentName(String definition) {
        return "Schedule" + Character.toUpperCase(definition.charAt(0)) + definition.substring(1);
    }

    /** The schema with its "#/$defs/x" references turned into "#/components/schemas/ScheduleX". */
    private static JsonNode asComponent(JsonNode schema) {
        JsonNode copy = schema.deepCopy();
        List<JsonNode> objects = new ArrayList<>();
        copy.findParents("$ref").forEach(objects::add);
        collectObjects(copy, objects);
        for (JsonNode node : objects) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.asText().startsWith("#/$defs/")) {
                ((ObjectNode) node).put("$ref", "#/components/schemas/" + componentName(ref.asText().substring(8)));
            }
        }
        return copy;
    }

    private static void collectObjects(JsonNode node, List<JsonNode> found) {
        if (node.isObject()) {
            found.add(node);
        }
        node.forEach(child -> collectObjects(child, found));
    }

    /** Calls the operation with its parameters' examples. */
    private static HttpResponse<String> call(String operation) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation.substring(operation.indexOf(' ') + 1);
        JsonNode item = document.get("paths").get(path).get(method.toLowerCase(java.util.Locale.ROOT));
        StringBuilder target = new StringBuilder(path);
        String separator = "?";
        for (JsonNode parameter : item.path("parameters")) {
            JsonNode resolved = resolve(parameter);
            String name = resolved.get("name").asText();
            String example = resolved.get("example").asText();
            if (resolved.get("in").asText().equals("path")) {
                target.replace(target.indexOf("{" + name + "}"), target.indexOf("{" + name + "}") + name.length() + 2,
                        example);
            } else {
                target.append(separator).append(name).append('=').append(URLEncoder.encode(example,
                        StandardCharsets.UTF_8).replace("+", "%20"));
                separator = "&";
            }
        }
        HttpRequest.Builder request = http.request(target.toString());
        JsonNode body = item.at("/requestBody/content/application~1json/example");
        if (!body.isMissingNode()) {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(body.toString()));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build());
    }

    /** Checks the response against the operation's documented response for its status and media type. */
    private static List<String> validateResponse(String operation, HttpResponse<String> response) {
        String path = operation.substring(operation.indexOf(' ') + 1);
        String method = operation.substring(0, operation.indexOf(' ')).toLowerCase(java.util.Locale.ROOT);
        JsonNode responses = document.get("paths").get(path).get(method).get("responses");
        JsonNode documentedResponse = responses.has(String.valueOf(response.statusCode()))
                ? responses.get(String.valueOf(response.statusCode())) : responses.get("default");
        if (documentedResponse == null) {
            return List.of(operation + ": status " + response.statusCode() + " is not documented");
        }
        String mediaType = response.headers().firstValue("Content-Type").orElse("").split(";")[0];
        JsonNode content = resolve(documentedResponse).path("content").path(mediaType);
        if (content.isMissingNode()) {
            return List.of(operation + ": " + response.statusCode() + " " + mediaType + " is not documented");
        }
        if (!mediaType.endsWith("json")) {
            return List.of();
        }
        return validate(content.get("schema"), json(response.body()), operation + " " + response.statusCode());
    }

    /** The JSON Schema errors of {@code instance}, each prefixed with {@code what}. */
    private static List<String> validate(JsonNode schema, JsonNode instance, String what) {
        ObjectNode wrapper = schema.deepCopy();
        wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        wrapper.set("components", document.get("components"));
        return SCHEMAS.getSchema(wrapper).validate(instance).stream().map(error -> what + ": " + error).sorted().toList();
    }

    private static JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? document.at(node.get("$ref").asText().substring(1)) : node;
    }
}
