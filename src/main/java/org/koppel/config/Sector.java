package org.koppel.config;

import java.util.List;

/** A sector of work with its skills; isco is the ISCO-08 major group, or null where none fits. */
public record Sector(String code, Integer isco, List<String> skills) {
}
