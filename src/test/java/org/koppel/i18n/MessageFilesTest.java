package org.koppel.i18n;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.koppel.config.Config;
import org.koppel.config.ConfigException;
import org.koppel.config.Language;
import org.koppel.config.Region;
import org.koppel.config.Sector;

/** The message files as shipped: complete, consistent with the configuration, and short where buttons need it. */
final class MessageFilesTest {
    private static final Config CONFIG = Config.load(Path.of("config"));
    private static final Map<String, Map<String, String>> RAW = readAll();
    private static final List<String> BUTTON_PREFIXES = List.of("button.", "sector.", "skill.", "region.",
            "experience.", "education.", "dutch.", "goal.", "availability.", "mode.", "spoken.");
    private static final Set<String> BUTTON_KEYS = Set.of("consent.yes", "consent.no", "start.continue",
            "start.change_language");

    @Test
    void theRealMessageFilesLoadForEveryConfiguredLanguage() {
        Messages messages = assertDoesNotThrow(() -> Messages.load(Path.of("messages"), CONFIG.settings()));
        assertEquals(codes(), List.copyOf(messages.languages()));
        for (String code : codes()) {
            assertEquals(code, messages.of(code).language());
        }
    }

    @Test
    void everyLanguageHasExactlyTheKeysOfEnglishWithNoDuplicatesAndNoEmptyTexts() {
        Map<String, String> en = RAW.get("en");
        assertAll(codes().stream().map(code -> () -> {
            Map<String, String> other = RAW.get(code);
            assertEquals(new TreeSet<>(en.keySet()), new TreeSet<>(other.keySet()), code + ".json keys");
            other.forEach((k, v) -> assertFalse(v.isBlank(), code + ".json " + k + " is empty"));
        }));
    }

    @Test
    void everyTextHasTheSamePlaceholdersAsInEnglish() {
        Map<String, String> en = RAW.get("en");
        assertAll(codes().stream().flatMap(code -> en.keySet().stream().map(key -> () ->
                assertEquals(Messages.placeholders(en.get(key)), Messages.placeholders(RAW.get(code).get(key)),
                        code + ".json " + key))));
    }

    @Test
    void checkConsistentRejectsALanguageWithAMissingKeyAndNamesIt() {
        Map<String, Map<String, String>> raw = new LinkedHashMap<>();
        raw.put("en", Map.of("a.one", "One", "a.two", "Two"));
        raw.put("nl", Map.of("a.one", "Een"));
        ConfigException e = assertThrows(ConfigException.class, () -> Messages.checkConsistent(raw, "en"));
        assertTrue(e.getMessage().contains("messages/nl.json"), e.getMessage());
        assertTrue(e.getMessage().contains("a.two"), e.getMessage());
    }

    @Test
    void checkConsistentRejectsALanguageWithAnExtraKey() {
        Map<String, Map<String, String>> raw = new LinkedHashMap<>();
        raw.put("en", Map.of("a.one", "One"));
        raw.put("nl", Map.of("a.one", "Een", "a.stray", "Los"));
        ConfigException e = assertThrows(ConfigException.class, () -> Messages.checkConsistent(raw, "en"));
        assertTrue(e.getMessage().contains("a.stray"), e.getMessage());
    }

    @Test
    void checkConsistentRejectsATextWithADifferentPlaceholder() {
        Map<String, Map<String, String>> raw = new LinkedHashMap<>();
        raw.put("en", Map.of("greet", "Hello {name}!", "bye", "Bye"));
        raw.put("nl", Map.of("greet", "Hallo {naam}!", "bye", "Doei"));
        ConfigException e = assertThrows(ConfigException.class, () -> Messages.checkConsistent(raw, "en"));
        assertTrue(e.getMessage().contains("messages/nl.json: greet"), e.getMessage());
    }

    @Test
    void checkConsistentAcceptsTranslationsThatMoveThePlaceholder() {
        Map<String, Map<String, String>> raw = new LinkedHashMap<>();
        raw.put("en", Map.of("greet", "Hello {name}, at most {max}"));
        raw.put("nl", Map.of("greet", "Hoogstens {max}, {name}"));
        assertDoesNotThrow(() -> Messages.checkConsistent(raw, "en"));
    }

    @Test
    void everyLabelTheConfigurationRefersToExistsInEveryLanguage() {
        List<String> keys = new ArrayList<>();
        for (Sector s : CONFIG.taxonomy().sectors()) {
            keys.add("sector." + s.code());
            s.skills().forEach(skill -> keys.add("skill." + skill));
        }
        CONFIG.regions().regions().forEach(r -> keys.add("region." + r.code()));
        CONFIG.settings().spokenLanguages().forEach(c -> keys.add("spoken." + c));
        assertTrue(keys.size() > 100, "the configuration names many labels, got " + keys.size());
        assertAll(codes().stream().map(code -> () -> {
            List<String> missing = keys.stream().filter(k -> !RAW.get(code).containsKey(k)).toList();
            assertEquals(List.of(), missing, code + ".json lacks labels");
        }));
    }

    @Test
    void theTaxonomyHasAtLeastFifteenSectorsOfAtLeastEightSkillsWithUniqueCodes() {
        List<Sector> sectors = CONFIG.taxonomy().sectors();
        assertTrue(sectors.size() >= 15, "sectors: " + sectors.size());
        Set<String> sectorCodes = new HashSet<>();
        Set<String> skillCodes = new HashSet<>();
        for (Sector s : sectors) {
            assertTrue(sectorCodes.add(s.code()), "sector " + s.code() + " twice");
            assertTrue(s.skills().size() >= 8, s.code() + " has " + s.skills().size() + " skills");
            s.skills().forEach(skill -> assertTrue(skillCodes.add(skill), "skill " + skill + " twice"));
        }
    }

    @Test
    void theRegionsAreTheDutchAndFlemishProvincesBrusselsAndOnline() {
        Map<String, String> countries = CONFIG.regions().regions().stream()
                .collect(Collectors.toMap(Region::code, r -> String.valueOf(r.country())));
        List<String> dutch = List.of("nl-gr", "nl-fr", "nl-dr", "nl-ov", "nl-fl", "nl-ge", "nl-ut", "nl-nh",
                "nl-zh", "nl-ze", "nl-nb", "nl-li");
        List<String> flemish = List.of("be-van", "be-vli", "be-vov", "be-vbr", "be-vwv");
        dutch.forEach(c -> assertEquals("NL", countries.get(c), c));
        flemish.forEach(c -> assertEquals("BE", countries.get(c), c));
        assertEquals("BE", countries.get("be-bru"));
        assertEquals("null", countries.get(Region.ONLINE), "online belongs to no country");
        assertEquals(12, countries.values().stream().filter("NL"::equals).count());
        assertTrue(CONFIG.regions().region(Region.ONLINE).orElseThrow().online());
    }

    @Test
    void buttonLabelsAreAtMostFortyCharactersInEveryLanguage() {
        List<String> tooLong = new ArrayList<>();
        int checked = 0;
        for (String code : codes()) {
            for (var e : RAW.get(code).entrySet()) {
                if (BUTTON_KEYS.contains(e.getKey()) || BUTTON_PREFIXES.stream().anyMatch(e.getKey()::startsWith)) {
                    checked++;
                    int longest = longestShown(code, e.getKey(), e.getValue());
                    if (longest > 40) {
                        tooLong.add(code + " " + e.getKey() + " (" + longest + ")");
                    }
                }
            }
        }
        assertTrue(checked > 200 * codes().size(), "button labels checked: " + checked);
        assertEquals(List.of(), tooLong);
    }

    /** Loaded only when a counted label is measured, so a broken file fails the tests that name it. */
    private static final class Shown {
        static final Messages MESSAGES = Messages.load(Path.of("messages"), CONFIG.settings());
    }

    /** A counted label is measured as shown, in its longest form, with a four-digit count. */
    private static int longestShown(String code, String key, String template) {
        if (!Texts.plural(template)) {
            return length(template);
        }
        Texts texts = Shown.MESSAGES.of(code);
        int longest = 0;
        for (int n : new int[] {0, 1, 2, 3, 5, 11, 22, 100, 1000}) {
            longest = Math.max(longest, length(texts.t(key, "members", n)));
        }
        return longest;
    }

    @Test
    void commandDescriptionsAreAtMostSixtyCharactersInEveryLanguage() {
        List<String> tooLong = new ArrayList<>();
        for (String code : codes()) {
            RAW.get(code).forEach((k, v) -> {
                if (k.startsWith("cmd.") && length(v) > 60) {
                    tooLong.add(code + " " + k + " (" + length(v) + ")");
                }
            });
        }
        assertEquals(List.of(), tooLong);
    }

    @Test
    void aTextMentioningACommandInEnglishMentionsTheSameCommandsInEveryLanguage() {
        List<String> commands = RAW.get("en").keySet().stream()
                .filter(k -> k.startsWith("cmd.")).map(k -> k.substring(4)).toList();
        assertTrue(commands.contains("profile") && commands.contains("delete"), commands.toString());
        Map<String, String> en = RAW.get("en");
        long mentioning = en.values().stream().filter(v -> !mentions(v, commands).isEmpty()).count();
        assertTrue(mentioning >= 10, "English texts mentioning a command: " + mentioning);
        assertAll(codes().stream().flatMap(code -> en.keySet().stream().map(key -> () ->
                assertEquals(mentions(en.get(key), commands), mentions(RAW.get(code).get(key), commands),
                        code + ".json " + key))));
    }

    @Test
    void theRightToLeftLanguagesAreExactlyArabicPersianAndPashto() {
        Set<String> rtl = CONFIG.settings().languages().stream().filter(Language::rtl).map(Language::code)
                .collect(Collectors.toSet());
        assertEquals(Set.of("ar", "fa", "ps"), rtl);
    }

    private static Set<String> mentions(String text, List<String> commands) {
        return commands.stream()
                .filter(c -> Pattern.compile("(?<![\\p{L}\\p{N}_/])/" + c + "(?![\\p{L}\\p{N}_])").matcher(text).find())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private static List<String> codes() {
        return CONFIG.settings().languages().stream().map(Language::code).toList();
    }

    private static Map<String, Map<String, String>> readAll() {
        ObjectMapper json = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
        Map<String, Map<String, String>> raw = new LinkedHashMap<>();
        for (String code : codes()) {
            try {
                raw.put(code, json.readValue(Path.of("messages", code + ".json").toFile(),
                        new TypeReference<LinkedHashMap<String, String>>() { }));
            } catch (IOException e) {
                throw new AssertionError("messages/" + code + ".json: " + e.getMessage(), e);
            }
        }
        return raw;
    }
}
