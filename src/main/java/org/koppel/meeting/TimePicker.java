package org.koppel.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.koppel.conversation.Button;
import org.koppel.conversation.Edit;
import org.koppel.conversation.Step;
import org.koppel.conversation.Toast;
import org.koppel.i18n.Texts;

/**
 * Ticking up to {@link #MAX} of the offered times, a week per page: how a volunteer proposes times
 * for a coffee meeting and an organisation's contact for an appointment made at a salon.
 */
public final class TimePicker {
    public static final int MAX = 3;

    private TimePicker() {
    }

    /** The times as buttons, two a row, ✓ on those ticked, then the other week, Send and "cannot". */
    public static List<List<Button>> keyboard(SideData p, Texts t) {
        List<List<Button>> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        for (String slot : page(p, p.page())) {
            String label = (p.chosen().contains(slot) ? "✓ " : "") + When.brief(LocalDateTime.parse(slot), t.language());
            row.add(new Button(label, "slot:" + p.offered().indexOf(slot)));
            if (row.size() == 2) {
                rows.add(List.copyOf(row));
                row.clear();
            }
        }
        if (!row.isEmpty()) {
            rows.add(List.copyOf(row));
        }
        if (!page(p, 1).isEmpty()) {
            rows.add(List.of(p.page() == 0 ? new Button(t.t("button.next_week"), "page:1")
                    : new Button(t.t("button.first_week"), "page:0")));
        }
        rows.add(List.of(new Button(t.t("button.send_times", "count", p.chosen().size()), "done")));
        rows.add(List.of(new Button(t.t("button.cannot_meet"), "cannot")));
        return rows;
    }

    /** A tick or a page turn, with the keyboard redrawn; null for any other action (done, cannot, a stray press). */
    public static Step<SideData> press(String state, SideData d, String action, Texts t) {
        if (action.startsWith("page:")) {
            SideData next = new SideData(d.offered(), d.chosen(), action.equals("page:1") ? 1 : 0);
            return Step.of(state, next, new Edit(null, keyboard(next, t)));
        }
        if (!action.startsWith("slot:")) {
            return null;
        }
        int i;
        try {
            i = Integer.parseInt(action.substring(5));
        } catch (NumberFormatException e) {
            return null;
        }
        if (i < 0 || i >= d.offered().size()) {
            return null;
        }
        String slot = d.offered().get(i);
        List<String> chosen = new ArrayList<>(d.chosen());
        if (!chosen.remove(slot)) {
            if (chosen.size() >= MAX) {
                return Step.of(state, d, new Toast(t.t("input.too_many", "max", MAX)));
            }
            chosen.add(slot);
            chosen.sort(null);
        }
        SideData next = new SideData(d.offered(), chosen, d.page());
        return Step.of(state, next, new Edit(null, keyboard(next, t)));
    }

    /** The first week's slots, or the rest. */
    private static List<String> page(SideData p, int page) {
        if (p.offered().isEmpty()) {
            return List.of();
        }
        LocalDate weekEnd = LocalDateTime.parse(p.offered().get(0)).toLocalDate().plusDays(7);
        return p.offered().stream().filter(s -> LocalDateTime.parse(s).toLocalDate().isBefore(weekEnd) == (page == 0))
                .toList();
    }
}
