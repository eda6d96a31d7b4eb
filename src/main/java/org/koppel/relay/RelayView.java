package org.koppel.relay;

import java.util.List;

/** What /message reads: whom the person can write to now, and their own first name to sign with. */
record RelayView(List<Partner> partners, String me) {
    /** The other side of this meeting, while they can still be written to. */
    Partner find(long meeting) {
        return partners.stream().filter(p -> p.meeting() == meeting).findFirst().orElse(null);
    }
}
