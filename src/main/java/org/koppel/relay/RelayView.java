package org.koppel.relay;

import java.util.List;

/** What /message reads: whom the person can write to now, and their own first name to sign with. */
record RelayView(List<Partner> partners, String me) {
    Partner find(long meeting, long person) {
        return partners.stream().filter(p -> p.meeting() == meeting && p.person() == person).findFirst().orElse(null);
    }
}
