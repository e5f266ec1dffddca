package io.wirewatch.local.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirewatch.aws.Items;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** What the code assumes about the deployed resources, checked against template.yaml itself. */
class TemplateConsistencyTest {
    private final CfnTemplate t = CfnTemplate.read(LocalAws.repoRoot().resolve("template.yaml"));

    TemplateConsistencyTest() throws IOException {
    }

    @Test
    void theTableDeclaresExactlyTheKeysAndIndexTheCodeUses() {
        Map<String, Object> table = CfnTemplate.map(t.resources().get("Table").get("Properties"));
        TreeSet<String> declared = new TreeSet<>();
        CfnTemplate.list(table.get("AttributeDefinitions")).forEach(a -> declared.add(
                String.valueOf(CfnTemplate.map(a).get("AttributeName"))));
        assertEquals(new TreeSet<>(Items.TABLE_KEYS), declared);
        Object index = CfnTemplate.map(CfnTemplate.list(table.get("GlobalSecondaryIndexes")).get(0)).get("IndexName");
        assertEquals(Items.GSI1, index);
        assertEquals("NEW_IMAGE", CfnTemplate.at(table, "StreamSpecification", "StreamViewType"));
    }

    @Test
    void everyHandlerNamedInTheTemplateExistsAndIsShippedAsTheJarItNames() {
        Path root = LocalAws.repoRoot();
        var functions = t.resourcesOfType("AWS::Serverless::Function");
        assertEquals(3, functions.size());
        functions.forEach((id, f) -> {
            Map<String, Object> p = CfnTemplate.map(f.get("Properties"));
            String handler = String.valueOf(p.get("Handler"));
            String cls = handler.substring(0, handler.indexOf("::"));
            String module = String.valueOf(p.get("CodeUri")).split("/")[1];
            Path source = root.resolve("functions/" + module + "/src/main/java/" + cls.replace('.', '/') + ".java");
            assertTrue(Files.exists(source), id + ": " + source);
            assertTrue(String.valueOf(p.get("CodeUri")).endsWith("wirewatch-" + module + "-lambda.jar"));
        });
    }

    @Test
    void uploadsAndOutputsLiveUnderDifferentPrefixesSoSummariesNeverTriggerIngest() {
        Object rules = CfnTemplate.at(t.resources().get("IngestFunction"), "Properties", "Events", "Upload",
                "Properties", "Filter", "S3Key", "Rules");
        String prefix = String.valueOf(CfnTemplate.map(CfnTemplate.list(rules).get(0)).get("Value"));
        Object out = CfnTemplate.at(t.resources().get("SummariseFunction"), "Properties", "Environment", "Variables",
                "SUMMARY_PREFIX");
        assertEquals("incoming/", prefix);
        assertTrue(!String.valueOf(out).startsWith(prefix));
    }

    @Test
    void intrinsicsAreReadInTheirLongForm() {
        CfnTemplate small = CfnTemplate.parse("""
                Resources:
                  A:
                    Properties:
                      X: !Ref B
                      Y: !GetAtt T.StreamArn
                      Z: !Sub 'n-${Stage}'
                """);
        Map<String, Object> p = CfnTemplate.map(CfnTemplate.at(small.root(), "Resources", "A", "Properties"));
        assertEquals(Map.of("Ref", "B"), p.get("X"));
        assertEquals(Map.of("Fn::GetAtt", List.of("T", "StreamArn")), p.get("Y"));
        assertEquals(Map.of("Fn::Sub", "n-${Stage}"), p.get("Z"));
    }
}
