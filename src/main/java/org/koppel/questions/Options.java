package org.koppel.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.koppel.config.Region;
import org.koppel.config.Sector;
import org.koppel.conversation.Context;

/** The choices questions offer, from the configuration, labelled in the person's language. */
public final class Options {
    public static final List<String> AVAILABILITY = List.of("weekday_morning", "weekday_afternoon", "weekday_evening",
            "weekend");
    public static final List<String> MODES = List.of("in_person", "video", "either");

    private Options() {
    }

    public static <D> BiFunction<D, Context, List<Option>> fixed(List<String> codes, String keyPrefix) {
        return (d, ctx) -> codes.stream().map(c -> new Option(c, ctx.texts().t(keyPrefix + c))).toList();
    }

    public static List<Option> regions(Context ctx) {
        return ctx.config().regions().regions().stream()
                .map(r -> new Option(r.code(), ctx.texts().t("region." + r.code()))).toList();
    }

    public static List<Option> sectors(Context ctx) {
        return ctx.config().taxonomy().sectors().stream()
                .map(s -> new Option(s.code(), ctx.texts().t("sector." + s.code()))).toList();
    }

    /** The skills of the chosen sectors. */
    public static List<Option> skills(List<String> sectors, Context ctx) {
        List<Option> out = new ArrayList<>();
        for (String code : sectors) {
            ctx.config().taxonomy().sector(code).map(Sector::skills).orElse(List.of())
                    .forEach(skill -> out.add(new Option(skill, ctx.texts().t("skill." + skill))));
        }
        return out;
    }

    public static List<Option> spoken(Context ctx) {
        return ctx.config().settings().spokenLanguages().stream()
                .map(c -> new Option(c, ctx.texts().t("spoken." + c))).toList();
    }

    /** Someone who only meets online cannot choose to meet in person. */
    public static List<Option> modes(String region, Context ctx) {
        List<String> codes = Region.ONLINE.equals(region) ? List.of("video") : MODES;
        return codes.stream().map(c -> new Option(c, ctx.texts().t("mode." + c))).toList();
    }
}
