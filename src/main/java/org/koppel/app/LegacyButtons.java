package org.koppel.app;

import org.koppel.core.ButtonSigner;
import org.koppel.core.PersonState;

/** Presses on buttons sent before conversations had keys. */
final class LegacyButtons {
    private LegacyButtons() {
    }

    static ButtonSigner.Pressed translate(PersonState st, ButtonSigner.Pressed old) {
        return null;
    }
}
