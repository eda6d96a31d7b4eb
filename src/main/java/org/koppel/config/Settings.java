package org.koppel.config;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/** config/settings.json, checked at load. */
public record Settings(
        List<Language> languages,
        String defaultLanguage,
        String timeZone,
        List<String> spokenLanguages,
        int maxSectors,
        int maxNameLength,
        int maxTextLength,
        int lanes,
        int maxCommitBatch,
        List<Long> coordinators,
        List<String> consoleCoordinators,
        int requestExpiryHours,
        Map<String, String> slotTimes,
        int planningDays,
        int meetingMinutes,
        int alarmMinutes,
        List<Integer> reminderMinutes,
        int followUpMinutes,
        int checkInWeeks,
        double broadcastPerSecond,
        int stuckDays,
        String digestDay,
        Integer digestHour,
        Integer backupHour,
        int backupKeep,
        String backupDirectory,
        int healthPort,
        String videoBase,
        int retentionMonths) {
    /** When a meeting starts for each part of the week a person can meet in, unless config says otherwise. */
    public static final Map<String, String> SLOT_TIMES = Map.of("weekday_morning", "10:00",
            "weekday_afternoon", "14:00", "weekday_evening", "19:00", "weekend", "11:00");

    public Settings {
        coordinators = coordinators == null ? List.of() : List.copyOf(coordinators);
        consoleCoordinators = consoleCoordinators == null ? List.of() : List.copyOf(consoleCoordinators);
        requestExpiryHours = requestExpiryHours <= 0 ? 48 : requestExpiryHours;
        slotTimes = slotTimes == null ? SLOT_TIMES : Map.copyOf(slotTimes);
        planningDays = planningDays <= 0 ? 14 : planningDays;
        meetingMinutes = meetingMinutes <= 0 ? 60 : meetingMinutes;
        alarmMinutes = alarmMinutes <= 0 ? 60 : alarmMinutes;
        reminderMinutes = reminderMinutes == null ? List.of(1440, 120)
                : reminderMinutes.stream().sorted(java.util.Comparator.reverseOrder()).toList();
        followUpMinutes = followUpMinutes <= 0 ? 120 : followUpMinutes;
        checkInWeeks = checkInWeeks <= 0 ? 6 : checkInWeeks;
        broadcastPerSecond = broadcastPerSecond <= 0 ? 25 : broadcastPerSecond;
        stuckDays = stuckDays <= 0 ? 14 : stuckDays;
        digestDay = digestDay == null ? "MONDAY" : digestDay.toUpperCase(java.util.Locale.ROOT);
        digestHour = digestHour == null ? 9 : digestHour;
        backupHour = backupHour == null ? 3 : backupHour;
        backupKeep = backupKeep <= 0 ? 14 : backupKeep;
        backupDirectory = backupDirectory == null ? "" : backupDirectory;
        videoBase = videoBase == null || videoBase.isBlank() ? "https://meet.jit.si/" : videoBase.strip();
        retentionMonths = retentionMonths <= 0 ? 24 : retentionMonths;
    }

    /** The weekday the coordinators' digest goes out. */
    public java.time.DayOfWeek digestWeekday() {
        return java.time.DayOfWeek.valueOf(digestDay);
    }

    /** The local start time of a meeting in the given part of the week (a code of the availability question). */
    public LocalTime slotTime(String availability) {
        return LocalTime.parse(slotTimes.getOrDefault(availability, SLOT_TIMES.getOrDefault(availability, "10:00")));
    }

    public Optional<Language> language(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return languages.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public boolean supports(String code) {
        return language(code).isPresent();
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    void check(String file) {
        require(languages != null && !languages.isEmpty(), file, "languages", "list at least one language");
        for (Language l : languages) {
            require(l.code() != null && l.code().matches("[a-z]{2,3}"), file, "languages",
                    "each code must be 2-3 lowercase letters, got " + l.code());
            require(l.name() != null && !l.name().isBlank(), file, "languages", "language " + l.code() + " needs a name");
        }
        require(supports(defaultLanguage), file, "defaultLanguage", "must be one of the languages");
        try {
            zone();
        } catch (RuntimeException e) {
            throw new ConfigException(file + ": timeZone '" + timeZone + "' is not a known time zone");
        }
        require(spokenLanguages != null && !spokenLanguages.isEmpty(), file, "spokenLanguages", "list at least one");
        require(maxSectors >= 1 && maxSectors <= 10, file, "maxSectors", "must be between 1 and 10");
        require(maxNameLength >= 1 && maxNameLength <= 256, file, "maxNameLength", "must be between 1 and 256");
        require(maxTextLength >= 1 && maxTextLength <= 4000, file, "maxTextLength", "must be between 1 and 4000");
        require(lanes >= 1 && lanes <= 256, file, "lanes", "must be between 1 and 256");
        require(maxCommitBatch >= 1, file, "maxCommitBatch", "must be at least 1");
        for (var e : slotTimes.entrySet()) {
            require(SLOT_TIMES.containsKey(e.getKey()), file, "slotTimes", "keys must be one of " + SLOT_TIMES.keySet());
            require(e.getValue() != null && e.getValue().matches("([01]\\d|2[0-3]):[0-5]\\d"), file, "slotTimes",
                    "values must be times like 10:00, got " + e.getValue());
        }
        require(planningDays <= 60, file, "planningDays", "must be between 1 and 60");
        require(broadcastPerSecond <= 30, file, "broadcastPerSecond", "must be at most 30 (Telegram's limit)");
        require(java.util.Arrays.stream(java.time.DayOfWeek.values()).anyMatch(d -> d.name().equals(digestDay)),
                file, "digestDay", "must be a weekday in English, such as MONDAY, got " + digestDay);
        require(digestHour >= 0 && digestHour <= 23, file, "digestHour", "must be an hour from 0 to 23");
        require(backupHour >= 0 && backupHour <= 23, file, "backupHour", "must be an hour from 0 to 23");
        require(videoBase.matches("https?://[^\\s]+/"), file, "videoBase",
                "must be an http(s) address ending in /, such as https://meet.jit.si/, got " + videoBase);
        require(healthPort >= 0 && healthPort <= 65535, file, "healthPort", "must be 0 (off) or a port number");
        require(reminderMinutes.stream().allMatch(m -> m != null && m > 0), file, "reminderMinutes",
                "must be positive numbers of minutes");
    }

    static void require(boolean ok, String file, String key, String what) {
        if (!ok) {
            throw new ConfigException(file + ": " + key + " " + what);
        }
    }
}
