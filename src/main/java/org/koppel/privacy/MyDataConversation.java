package org.koppel.privacy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.koppel.conversation.Attachment;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Input;
import org.koppel.conversation.Say;
import org.koppel.conversation.Step;
import org.koppel.core.Json;
import org.koppel.core.PersonalData;

/**
 * /mydata ("mydata"): everything stored about the person, each feature's part under its name, as
 * a JSON file, with a short readable message in their language saying what the file holds.
 */
public final class MyDataConversation implements Conversation<MyDataConversation.Data, MyDataConversation.Export> {
    public static final String KIND = "mydata";
    static final String FILE = "koppel-my-data.json";

    /** Nothing is kept: it is one step. */
    public record Data() {
    }

    /** Everything by part, and the people it names (the other sides of meetings), whom the kept copy is about. */
    public record Export(Map<String, Object> all, Set<Long> others) {
    }

    private final Supplier<List<PersonalData>> parts;

    public MyDataConversation(Supplier<List<PersonalData>> parts) {
        this.parts = parts;
    }

    @Override
    public boolean whileSuspended() {
        return true;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Data> dataType() {
        return Data.class;
    }

    @Override
    public Export view(Connection c, String key, Data data, Input input, Context ctx) throws SQLException {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("exported_at", ctx.now().toString());
        for (PersonalData p : parts.get()) {
            Object part = p.export(c, ctx.personId());
            if (!p.part().isEmpty() && part != null) {
                all.put(p.part(), Readable.of(part));
            }
        }
        Set<Long> others = new HashSet<>();
        try (var s = c.prepareStatement("SELECT newcomer_id, volunteer_id FROM meeting WHERE newcomer_id = ? "
                + "OR volunteer_id = ?")) {
            s.setLong(1, ctx.personId());
            s.setLong(2, ctx.personId());
            try (var r = s.executeQuery()) {
                while (r.next()) {
                    for (int i = 1; i <= 2; i++) {
                        long id = r.getLong(i);
                        if (!r.wasNull() && id != ctx.personId()) {
                            others.add(id);
                        }
                    }
                }
            }
        }
        return new Export(all, others);
    }

    @Override
    public Set<Long> about(Data data, Export export, Context ctx) {
        return export == null ? Set.of() : export.others();
    }

    @Override
    public Step<Data> begin(Export export, Input input, Context ctx) {
        if (!(input instanceof Input.Command)) {
            return null;
        }
        Map<String, Object> all = export.all();
        var t = ctx.texts();
        List<String> held = new ArrayList<>();
        for (var e : all.entrySet()) {
            if (!e.getKey().equals("exported_at") && holds(e.getValue()) && t.has("mydata.part." + e.getKey())) {
                held.add(t.t("mydata.part." + e.getKey()));
            }
        }
        String text = t.t("mydata.summary", "parts", String.join(t.t("list.separator"), held));
        return Step.end(new Say(text, List.of(), new Attachment(FILE, Json.pretty(all))));
    }

    /** Whether a part holds anything: a non-empty list, or a map with something in it. */
    private static boolean holds(Object part) {
        if (part instanceof Collection<?> list) {
            return !list.isEmpty();
        }
        if (part instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(MyDataConversation::holds);
        }
        return part != null;
    }
}
