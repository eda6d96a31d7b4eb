package org.koppel.config;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** config/regions.json: the regions offered, in order. */
public record Regions(List<Region> regions) {

    public Optional<Region> region(String code) {
        return regions.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    void check(String file) {
        Settings.require(regions != null && !regions.isEmpty(), file, "regions", "list at least one region");
        Set<String> codes = new HashSet<>();
        for (Region r : regions) {
            Settings.require(r.code() != null && r.code().matches("[a-z0-9-]+"), file, "regions",
                    "code must be lowercase letters, digits and -, got " + r.code());
            Settings.require(codes.add(r.code()), file, "regions", "code " + r.code() + " appears twice");
        }
    }
}
