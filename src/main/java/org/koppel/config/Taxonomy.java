package org.koppel.config;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** config/taxonomy.json: sectors and their skills, addressed by stable codes. */
public record Taxonomy(List<Sector> sectors) {

    public Optional<Sector> sector(String code) {
        return sectors.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public boolean hasSkill(String code) {
        return sectors.stream().anyMatch(s -> s.skills().contains(code));
    }

    void check(String file) {
        Settings.require(sectors != null && !sectors.isEmpty(), file, "sectors", "list at least one sector");
        Set<String> codes = new HashSet<>();
        for (Sector s : sectors) {
            Settings.require(s.code() != null && s.code().matches("[a-z0-9_]+"), file, "sectors",
                    "code must be lowercase letters, digits and _, got " + s.code());
            Settings.require(codes.add(s.code()), file, "sectors", "code " + s.code() + " appears twice");
            Settings.require(s.isco() == null || (s.isco() >= 0 && s.isco() <= 9), file,
                    "sectors." + s.code() + ".isco", "must be an ISCO-08 major group 0-9");
            Settings.require(s.skills() != null && !s.skills().isEmpty(), file,
                    "sectors." + s.code() + ".skills", "list at least one skill");
            for (String skill : s.skills()) {
                Settings.require(skill.matches("[a-z0-9_]+"), file, "sectors." + s.code() + ".skills",
                        "code must be lowercase letters, digits and _, got " + skill);
                Settings.require(codes.add("skill:" + skill), file, "sectors." + s.code() + ".skills",
                        "skill " + skill + " appears twice");
            }
        }
    }
}
