package org.koppel.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.koppel.config.Config;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Input;
import org.koppel.conversation.Say;
import org.koppel.conversation.Tell;
import org.koppel.conversation.TextInput;
import org.koppel.i18n.Messages;
import org.koppel.i18n.Texts;

/**
 * Decides where one update goes: a press to the conversation its button names (if that question
 * is still open), typing to the conversation that asked last, a command to the conversation it
 * is routed to, an event or a due job to the conversation it is for. /help and /cancel work in
 * every state. Reads only what the conversations' views read; writes nothing.
 */
public final class Router {
    private final Config config;
    private final Messages messages;
    private final Kinds kinds;
    private final ButtonSigner signer;
    private final Coordinators coordinators;
    private final Views views;
    private final EventTypes types;
    private final LegacyPress legacy;
    private final RandomGenerator random;

    /** Reads a press on a button from before conversations had keys, or null when it no longer means anything. */
    @FunctionalInterface
    public interface LegacyPress {
        ButtonSigner.Pressed translate(PersonState st, ButtonSigner.Pressed old);
    }

    public Router(Config config, Messages messages, List<Feature> features, String entry, ButtonSigner signer,
                  Coordinators coordinators, Views views, LegacyPress legacy, RandomGenerator random) {
        this.config = config;
        this.messages = messages;
        this.kinds = new Kinds(features, entry);
        this.types = new EventTypes(features);
        this.signer = signer;
        this.coordinators = coordinators;
        this.views = views;
        this.legacy = legacy;
        this.random = random;
    }

    public Outcome route(PersonState st, Update u, Instant now) {
        boolean fromOthers = u.event() instanceof Inbound.Event || u.event() instanceof Inbound.Job;
        if (fromOthers && !st.known()) {
            return Outcome.nothing();
        }
        boolean hinted = config.settings().supports(u.languageHint());
        Person person = st.known() ? st.person()
                : new Person(u.personId(), hinted ? u.languageHint() : config.settings().defaultLanguage(), 0);
        Context ctx = new Context(person.id(), "", messages.of(person.language()), messages, config, now,
                u.firstName(), hinted ? u.languageHint() : null, coordinators.all(), random);
        Inbound.Press press = u.event() instanceof Inbound.Press p ? p : null;
        Turn t = new Turn(this, person, !st.known(), st.conversations(), ctx, press);
        t.standing = st.known() && !fromOthers ? views.standing(person.id()) : Standing.NONE;
        Inbound e = u.event();
        if (e instanceof Inbound.Press p) {
            press(t, st, p);
        } else if (e instanceof Inbound.Command c) {
            Commands.run(t, c, kinds, views);
        } else if (e instanceof Inbound.Text text) {
            typed(t, new Input.Text(TextInput.clean(text.text())));
        } else if (e instanceof Inbound.Photo photo) {
            typed(t, new Input.Photo(photo.fileId(), TextInput.clean(photo.caption())));
        } else if (e instanceof Inbound.Unsupported) {
            t.say("input.unsupported");
            t.reask(t.focused());
        } else if (e instanceof Inbound.Event ev) {
            var event = types.read(ev);
            if (event != null) {
                t.notByPerson();
                t.input(ev.key(), new Input.Event(event, ev.from()));
            }
        } else if (e instanceof Inbound.Job job) {
            t.notByPerson();
            t.input(job.key(), new Input.Job(job.name(), job.payload()));
        } else {
            t.say("input.edited");
        }
        return t.finish();
    }

    /** Typing goes to the conversation that asked last, else to the person's own, else a first one begins. */
    private void typed(Turn t, Input in) {
        String key = t.focused() != null ? t.focused() : t.home();
        t.input(key != null ? key : kinds.entry(), in);
    }

    private void press(Turn t, PersonState st, Inbound.Press p) {
        Optional<ButtonSigner.Pressed> verified = signer.verify(t.person.id(), p.data());
        if (verified.isEmpty()) {
            t.toast("callback.unknown");
            return;
        }
        ButtonSigner.Pressed x = verified.get().legacy() ? legacy.translate(st, verified.get()) : verified.get();
        Conv row = x == null ? null : st.conversation(x.conversation());
        boolean open = x != null && (x.standing() || row != null && row.seq() == x.seq());
        t.pressKey = x == null ? null : x.conversation();
        if (!open || !t.input(x.conversation(), new Input.Choice(x.action()))) {
            t.toast("callback.expired");
            // someone unknown (erased, say) pressing an old button is not beginning anything
            if (t.empty() && st.known()) {
                t.input(kinds.entry(), new Input.Restart());
            }
        }
    }

    /** A message for someone else, in the given language, with buttons that stay valid for them. */
    public Outgoing render(Tell tell, String language) {
        Texts texts = messages.of(language);
        Say say = tell.message().apply(texts);
        return outgoing(texts, say, tell.to(), tell.key(), ButtonSigner.STANDING);
    }

    /** A message as sent: with its file when the step attached one, its buttons signed for owner. */
    Outgoing outgoing(Texts texts, Say s, long owner, String key, long seq) {
        String text = texts.message(s.text());
        List<List<OutButton>> buttons = sign(s.buttons(), owner, key, seq);
        if (s.file() == null) {
            return new Outgoing.Send(text, buttons);
        }
        if (s.file().isPhoto()) {
            return new Outgoing.Photo(s.file().content(), text, buttons);
        }
        return s.file().image() ? new Outgoing.Image(text, buttons, s.file().fileName(), s.file().content())
                : new Outgoing.Document(text, buttons, s.file().fileName(), s.file().content());
    }

    List<List<OutButton>> sign(List<List<Button>> rows, long owner, String key, long seq) {
        List<List<OutButton>> signed = new ArrayList<>(rows.size());
        for (List<Button> row : rows) {
            List<OutButton> r = new ArrayList<>(row.size());
            for (Button b : row) {
                if (b.url() != null) {
                    r.add(new OutButton(b.label(), null, b.url()));
                } else if (b.key() != null) {
                    r.add(new OutButton(b.label(), signer.sign(owner, b.key(), ButtonSigner.STANDING, b.action())));
                } else {
                    r.add(new OutButton(b.label(), signer.sign(owner, key, seq, b.action())));
                }
            }
            signed.add(List.copyOf(r));
        }
        return List.copyOf(signed);
    }

    Kinds kinds() {
        return kinds;
    }

    Views views() {
        return views;
    }

    EventTypes types() {
        return types;
    }
}
