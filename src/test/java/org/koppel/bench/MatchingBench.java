package org.koppel.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.koppel.matching.History;
import org.koppel.matching.Match;
import org.koppel.matching.Matching;
import org.koppel.matching.Seeker;
import org.koppel.matching.Volunteer;

/**
 * Time to rank 1k, 10k and 100k volunteers for one newcomer (top 10), over the real sector, skill
 * and region codes. Run: mvn -q -Pbench test -Dbench.class=org.koppel.bench.MatchingBench
 */
public final class MatchingBench {
    private static final int[] SIZES = {1_000, 10_000, 100_000};
    private static final int SEEKERS = 50;
    private static final int ROUNDS = 4;
    private static final int LIMIT = 10;
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final String[] HOME_LANGUAGES = {"ar", "fa", "ps", "ti", "so", "tr", "uk", "ru"};
    private static final String[] GOALS = {"job", "placement", "study", "volunteer", "network"};
    private static final String[] OFFERS = {"cv", "interview", "introductions", "sector_advice", "shadowing"};
    private static final String[] SLOTS = {"weekday_morning", "weekday_afternoon", "weekday_evening", "weekend"};

    private final Random random = new Random(20261123);
    private final List<String> sectors = new ArrayList<>();
    private final List<List<String>> skillsOf = new ArrayList<>();
    private final List<String> regions = new ArrayList<>();
    private long blackhole;

    MatchingBench(Path config) throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (JsonNode s : json.readTree(config.resolve("taxonomy.json").toFile()).get("sectors")) {
            sectors.add(s.get("code").asText());
            List<String> skills = new ArrayList<>();
            s.get("skills").forEach(k -> skills.add(k.asText()));
            skillsOf.add(skills);
        }
        for (JsonNode r : json.readTree(config.resolve("regions.json").toFile()).get("regions")) {
            if (!r.get("code").asText().equals("online")) {
                regions.add(r.get("code").asText());
            }
        }
    }

    public static void main(String[] args) throws IOException {
        MatchingBench bench = new MatchingBench(Path.of("config"));
        List<Seeker> seekers = new ArrayList<>();
        List<History> histories = new ArrayList<>();
        for (int i = 0; i < SEEKERS; i++) {
            seekers.add(bench.seeker(i));
        }
        double[] medians = new double[SIZES.length];
        System.out.printf("rank(..., limit %d), %d seekers x %d rounds per size%n", LIMIT, SEEKERS, ROUNDS);
        System.out.printf("%-9s %10s %10s %10s %12s%n", "volunteers", "median ms", "p99 ms", "max ms", "eligible");
        for (int k = 0; k < SIZES.length; k++) {
            List<Volunteer> volunteers = new ArrayList<>();
            for (int id = 1; id <= SIZES[k]; id++) {
                volunteers.add(bench.volunteer(id));
            }
            histories.clear();
            for (int i = 0; i < SEEKERS; i++) {
                histories.add(bench.history(SIZES[k]));
            }
            bench.warmUp(seekers, volunteers, histories);
            System.gc();
            double[] ms = bench.measure(seekers, volunteers, histories);
            Arrays.sort(ms);
            medians[k] = ms[ms.length / 2];
            long eligible = 0;
            for (int i = 0; i < SEEKERS; i++) {
                eligible += Matching.rank(seekers.get(i), volunteers, histories.get(i), NOW, Integer.MAX_VALUE).size();
            }
            eligible /= SEEKERS;
            System.out.printf("%-9d %10.2f %10.2f %10.2f %11.1f%%%n", SIZES[k], medians[k],
                    ms[(int) Math.ceil(ms.length * 0.99) - 1], ms[ms.length - 1], 100.0 * eligible / SIZES[k]);
        }
        System.out.printf("median 100k / 10k: %.1fx (checksum %d)%n", medians[2] / medians[1], bench.blackhole);
    }

    private void warmUp(List<Seeker> seekers, List<Volunteer> volunteers, List<History> histories) {
        long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        int passes = 0;
        while (passes < 3 || System.nanoTime() < until) {
            for (int i = 0; i < seekers.size(); i++) {
                consume(Matching.rank(seekers.get(i), volunteers, histories.get(i), NOW, LIMIT));
            }
            passes++;
        }
    }

    private double[] measure(List<Seeker> seekers, List<Volunteer> volunteers, List<History> histories) {
        double[] ms = new double[seekers.size() * ROUNDS];
        int n = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < seekers.size(); i++) {
                long start = System.nanoTime();
                List<Match> top = Matching.rank(seekers.get(i), volunteers, histories.get(i), NOW, LIMIT);
                ms[n++] = (System.nanoTime() - start) / 1e6;
                consume(top);
            }
        }
        return ms;
    }

    private void consume(List<Match> top) {
        for (Match m : top) {
            blackhole += m.volunteer().id() + m.reasons().size();
        }
    }

    private Seeker seeker(long id) {
        int sector = random.nextInt(sectors.size());
        Set<String> languages = new HashSet<>(Set.of(pick(HOME_LANGUAGES)));
        if (random.nextInt(2) == 0) {
            languages.add("en");
        }
        if (random.nextInt(10) < 3) {
            languages.add("nl");
        }
        boolean online = random.nextInt(10) == 0;
        int m = random.nextInt(10);
        String mode = online ? "video" : m < 4 ? "either" : m < 8 ? "in_person" : "video";
        return new Seeker(id, online ? "online" : pick(regions), mode, Set.of(sectors.get(sector)),
                some(skillsOf.get(sector), 1 + random.nextInt(3)), some(List.of(GOALS), 1 + random.nextInt(2)),
                languages, some(List.of(SLOTS), 1 + random.nextInt(3)),
                NOW.minus(Duration.ofHours(random.nextInt(24 * 20))));
    }

    /** Codes are fresh String objects, as if each volunteer had just been read from the database. */
    private Volunteer volunteer(long id) {
        Set<String> mySectors = new HashSet<>();
        Set<String> mySkills = new HashSet<>();
        for (int i = 1 + random.nextInt(2); i > 0; i--) {
            int sector = random.nextInt(sectors.size());
            mySectors.add(fresh(sectors.get(sector)));
            for (String skill : some(skillsOf.get(sector), 1 + random.nextInt(3))) {
                mySkills.add(fresh(skill));
            }
        }
        Set<String> languages = new HashSet<>();
        if (random.nextInt(20) != 0) {
            languages.add(fresh("nl"));
        }
        if (random.nextInt(10) < 8) {
            languages.add(fresh("en"));
        }
        if (languages.isEmpty() || random.nextInt(100) < 15) {
            languages.add(fresh(pick(HOME_LANGUAGES)));
        }
        boolean online = random.nextInt(20) == 0;
        int m = random.nextInt(20);
        String mode = online ? "video" : m < 11 ? "either" : m < 16 ? "in_person" : "video";
        int capacity = 1 + random.nextInt(4);
        return new Volunteer(id, fresh(online ? "online" : pick(regions)), fresh(mode), mySectors, mySkills,
                freshAll(some(List.of(OFFERS), 1 + random.nextInt(3))), languages,
                freshAll(some(List.of(SLOTS), 1 + random.nextInt(3))), capacity, random.nextInt(capacity + 1),
                random.nextInt(13), random.nextInt(10) != 0, random.nextInt(20) == 0);
    }

    private History history(int volunteers) {
        Set<Long> paired = new HashSet<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            paired.add(1L + random.nextInt(volunteers));
        }
        Set<Long> blocked = random.nextInt(5) == 0 ? Set.of(1L + random.nextInt(volunteers)) : Set.of();
        return new History(paired, blocked);
    }

    private Set<String> some(List<String> from, int count) {
        Set<String> out = new HashSet<>();
        while (out.size() < Math.min(count, from.size())) {
            out.add(from.get(random.nextInt(from.size())));
        }
        return out;
    }

    private static Set<String> freshAll(Set<String> codes) {
        Set<String> out = new HashSet<>();
        codes.forEach(c -> out.add(fresh(c)));
        return out;
    }

    @SuppressWarnings("StringOperationCanBeSimplified")
    private static String fresh(String code) {
        return new String(code);
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
