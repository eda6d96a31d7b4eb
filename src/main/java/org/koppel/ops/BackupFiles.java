package org.koppel.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Backup file names and the decisions read from them. The name carries the local time it was
 * made, so the newest name alone says whether today's backup is done: no other state to keep.
 */
final class BackupFiles {
    /** koppel-2026-12-02-0300.db; a second backup in the same minute gets -1, -2, ... before .db. */
    private static final Pattern NAME = Pattern.compile("koppel-(\\d{4}-\\d{2}-\\d{2}-\\d{4})(?:-(\\d{1,4}))?\\.db");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd-HHmm");
    /** A backup being written; one left over was cut short by a crash and is never a backup. */
    static final String PART = ".part";

    private BackupFiles() {
    }

    /** One backup file: when it was made (local time) and its number within that minute. */
    record Backup(String name, LocalDateTime at, int seq) {
        static final Comparator<Backup> OLDEST_FIRST = Comparator.comparing(Backup::at).thenComparingInt(Backup::seq);
    }

    static String name(LocalDateTime at, int seq) {
        return "koppel-" + STAMP.format(at) + (seq == 0 ? "" : "-" + seq) + ".db";
    }

    static Optional<Backup> parse(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDateTime at = LocalDateTime.parse(m.group(1), STAMP);
            return Optional.of(new Backup(name, at, m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
        } catch (RuntimeException e) {
            // looks like ours but is no real time (a month 13): not a backup of ours
            return Optional.empty();
        }
    }

    /** Ours among these names, oldest first; other files are never touched. */
    static List<Backup> backups(Collection<String> names) {
        List<Backup> out = new ArrayList<>();
        names.forEach(n -> parse(n).ifPresent(out::add));
        out.sort(Backup.OLDEST_FIRST);
        return out;
    }

    /**
     * Whether the day's backup is due at this local time: the hour has come today and no backup
     * was made since it came. A bot down at the hour thus backs up when it is back the same day.
     */
    static boolean due(LocalDateTime now, int hour, Collection<String> existing) {
        LocalDateTime today = now.toLocalDate().atTime(hour, 0);
        if (now.isBefore(today)) {
            return false;
        }
        List<Backup> all = backups(existing);
        return all.isEmpty() || all.get(all.size() - 1).at().isBefore(today);
    }

    /** The next local time the day's backup may fall due: today's hour if still ahead, else tomorrow's. */
    static LocalDateTime nextHour(LocalDateTime now, int hour) {
        LocalDateTime today = now.toLocalDate().atTime(hour, 0);
        return now.isBefore(today) ? today : today.plusDays(1);
    }

    /** Our backups beyond the newest keep, to delete. */
    static List<String> beyond(Collection<String> existing, int keep) {
        List<Backup> all = backups(existing);
        return all.subList(0, Math.max(0, all.size() - keep)).stream().map(Backup::name).toList();
    }

    /** A name for a backup made at this time that no file has yet. */
    static String free(LocalDateTime at, Collection<String> existing) {
        for (int seq = 0; ; seq++) {
            String name = name(at, seq);
            if (!existing.contains(name) && !existing.contains(name + PART)) {
                return name;
            }
        }
    }

    /** Every file name in the directory; none when it does not exist yet. */
    static List<String> in(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    /** Left-over parts of backups a crash cut short. */
    static List<String> parts(Collection<String> existing) {
        return existing.stream().filter(n -> n.endsWith(PART) && parse(n.substring(0, n.length() - PART.length()))
                .isPresent()).toList();
    }
}
