package org.koppel.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Everything read from config/ at start, checked before the bot talks to anyone. */
public record Config(Settings settings, Taxonomy taxonomy, Regions regions) {

    public static Config load(Path dir) {
        ObjectMapper json = JsonMapper.builder()
                .enable(JsonParser.Feature.ALLOW_COMMENTS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        Settings settings = read(json, dir.resolve("settings.json"), Settings.class);
        settings.check("config/settings.json");
        Taxonomy taxonomy = read(json, dir.resolve("taxonomy.json"), Taxonomy.class);
        taxonomy.check("config/taxonomy.json");
        Regions regions = read(json, dir.resolve("regions.json"), Regions.class);
        regions.check("config/regions.json");
        return new Config(settings, taxonomy, regions);
    }

    private static <T> T read(ObjectMapper json, Path file, Class<T> type) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(file + " is missing (run Koppel from the project folder, or set KOPPEL_CONFIG)");
        }
        try {
            return json.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new ConfigException(file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
