package org.koppel.questions;

import java.util.ArrayList;
import java.util.List;
import org.koppel.conversation.Button;

/** Lays buttons out in rows. */
public final class Keyboards {
    private Keyboards() {
    }

    public static List<List<Button>> rows(List<Button> buttons, int columns) {
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += columns) {
            rows.add(List.copyOf(buttons.subList(i, Math.min(i + columns, buttons.size()))));
        }
        return rows;
    }

    public static List<List<Button>> plus(List<List<Button>> rows, Button... lastRow) {
        List<List<Button>> all = new ArrayList<>(rows);
        if (lastRow.length > 0) {
            all.add(List.of(lastRow));
        }
        return List.copyOf(all);
    }
}
