package dev.loomshowcase.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.loomshowcase.engine.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportSchemaTest {

    private static JsonSchema schema() throws Exception {
        try (InputStream in = ReportSchemaTest.class.getResourceAsStream("/report.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void writtenReportValidatesAgainstTheProjectSchema(@TempDir Path dir) throws Exception {
        Path written = ReportFiles.write(Reports.sample(), dir).getFirst(); // the sample has a failed cell: report.failed.json
        JsonNode json = Json.mapper().readTree(written.toFile());
        Set<ValidationMessage> errors = schema().validate(json);
        assertTrue(errors.isEmpty(), "schema errors: " + errors);
        assertEquals(false, json.at("/matrix/cpu-bound/single-carrier/helps").asBoolean(true));
        assertEquals("failed", json.at("/matrix/cpu-bound/single-carrier/verdict").asText());
        assertTrue(json.at("/matrix/io-bound/multi-carrier/speedup").isNumber());
        assertTrue(json.at("/matrix/cpu-bound/multi-carrier/speedup").isNull(), "a failed cell still says speedup: null");
        assertEquals(3, json.get("scenarios").size());
        assertEquals("virtual", json.at("/scenarios/0/cells/1/model").asText(), "cells keep the common format");
    }

    @Test
    void schemaRejectsAMatrixWhoseMarkContradictsItsVerdict() throws Exception {
        ObjectNode json = (ObjectNode) Json.mapper().valueToTree(Reports.sample());
        ((ObjectNode) json.at("/matrix/io-bound/single-carrier")).put("helps", false);
        assertFalse(schema().validate(json).isEmpty(), "helps=false beside verdict helps must not validate");
        ObjectNode missingRow = (ObjectNode) Json.mapper().valueToTree(Reports.sample());
        ((ObjectNode) missingRow.get("matrix")).remove("coordination");
        assertFalse(schema().validate(missingRow).isEmpty(), "a dropped row must not validate");
    }
}
