package dev.studypath.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 13 over HTTP: the project's stage and stars, the inferred skills, the guide's sections. */
class GuideApiTest {

    @RegisterExtension
    static final TestServer http = TestServer.start();

    private static JsonNode get(String path) {
        HttpResponse<String> response = http.get(path);
        assertEquals(200, response.statusCode(), response::body);
        return TestServer.json(response.body());
    }

    @Test
    void project_hasItsStageAndTheGuidesStars() {
        JsonNode deno = get("/api/projects/deno");
        assertEquals(3, deno.get("stage").asInt());
        assertEquals(93_000, deno.get("stars").get("count").asLong());
        assertTrue(deno.get("stars").get("atLeast").asBoolean());
        assertEquals("Slack", deno.get("adopters").get(0).get("en").asText());
    }

    @Test
    void skills_markTheOnesOutsideTheGuidesTree() {
        List<String> inferred = new ArrayList<>();
        get("/api/skills").get("skills").forEach(skill -> {
            if (skill.get("inferred").asBoolean()) {
                inferred.add(skill.get("id").asText());
            }
        });
        assertEquals(12, inferred.size(), inferred::toString);
        assertTrue(inferred.contains("cli") && !inferred.contains("async"), inferred::toString);
    }

    @Test
    void guide_servesTheGuidesGeneralSections() {
        JsonNode sections = get("/api/guide").get("sections");
        List<String> titles = new ArrayList<>();
        sections.forEach(section -> titles.add(section.get("title").get("zh").asText()));
        assertEquals(List.of("关于本指南", "学习路线建议：入门级 → 生产级", "学习策略", "贡献指南", "额外资源", "最后的建议"), titles);
        assertEquals("多写代码 - 实践是最好的老师", sections.get(5).get("items").get(1).get("zh").asText());
    }
}
