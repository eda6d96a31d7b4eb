package org.koppel.core;

import java.util.ArrayList;
import java.util.List;
import org.koppel.flow.Button;
import org.koppel.flow.Effect;
import org.koppel.flow.Ask;
import org.koppel.flow.EditPressed;
import org.koppel.flow.Input;
import org.koppel.flow.Lookup;
import org.koppel.flow.Enter;
import org.koppel.flow.Tell;
import org.koppel.flow.Flow;
import org.koppel.flow.FlowContext;
import org.koppel.flow.Say;
import org.koppel.flow.Signal;
import org.koppel.flow.Step;
import org.koppel.flow.Toast;
import org.koppel.i18n.Texts;

/** One update being handled: the person's state as it changes and the effects collected so far. */
final class Turn {
    Person person;
    FlowContext ctx;
    Flow<Object> flow;
    String state;
    Object data;
    private final String startState;
    private final long startSeq;
    private final List<Effect> effects = new ArrayList<>();
    private final List<Forward> forwards = new ArrayList<>();
    private final List<Tell> tells = new ArrayList<>();
    private final List<Ask> asks = new ArrayList<>();
    private final Inbound.Press press;
    private String toast;
    private boolean deleted;

    Turn(Person person, FlowContext ctx, Flow<Object> flow, String state, Object data, long seq, Inbound.Press press) {
        this.person = person;
        this.ctx = ctx;
        this.flow = flow;
        this.state = state;
        this.data = data;
        this.startState = state;
        this.startSeq = seq;
        this.press = press;
    }

    Texts texts() {
        return ctx.texts();
    }

    void say(String key, Object... args) {
        effects.add(new Say(texts().t(key, args)));
    }

    void add(Effect e) {
        effects.add(e);
    }

    void addAll(List<? extends Effect> more) {
        effects.addAll(more);
    }

    /** Takes a step; a step that enters another flow continues at that flow's beginning. */
    void step(Step<Object> s, Flows flows) {
        state = s.state();
        data = s.data();
        for (Effect e : s.effects()) {
            if (e instanceof Enter enter) {
                flow = flows.get(enter.flow());
                step(flow.begin(ctx, true), flows);
            } else if (e instanceof Ask ask) {
                asks.add(ask);
            } else {
                effects.add(e);
            }
        }
    }

    /** Answers the flow's questions, feeding each answer back in, until it asks no more. */
    void resolve(Lookup lookup, Flows flows) {
        for (int guard = 0; !asks.isEmpty() && guard < 10; guard++) {
            Ask ask = asks.remove(0);
            Input.Event answer = lookup.answer(ask.what(), person.id(), ctx.now());
            step(flow.handle(state, data, answer, ctx), flows);
        }
    }

    void forward(long to, String name, String value) {
        forwards.add(new Forward(to, new Inbound.Event(name, value, person.id())));
    }

    void reprompt() {
        effects.addAll(flow.prompt(state, data, ctx));
    }

    void answerPress(String key) {
        toast = texts().t(key);
    }

    void delete() {
        deleted = true;
        effects.clear();
        say("delete.done");
    }

    Outcome finish(ButtonSigner signer, java.util.function.BiFunction<Tell, String, Outgoing> render) {
        boolean keyboard = effects.stream().anyMatch(e -> e instanceof Say s && !s.buttons().isEmpty());
        long seq = startSeq + (keyboard || !state.equals(startState) ? 1 : 0);
        List<Outgoing> out = new ArrayList<>();
        List<Effect> domain = new ArrayList<>();
        for (Effect e : effects) {
            if (e instanceof Toast t && toast == null) {
                toast = t.text();
            } else if (e instanceof Say s) {
                out.add(outgoing(texts(), s, sign(s.buttons(), seq, signer)));
            } else if (e instanceof EditPressed ep && press != null) {
                String text = ep.text() == null ? null : texts().message(ep.text());
                out.add(new Outgoing.Edit(press.messageRef(), text, sign(ep.buttons(), ep.standing() ? Router.STANDING : seq, signer)));
            } else if (e instanceof Tell tell && tell.to() == person.id() && tell.language() != null) {
                // shown to this person in another language (a preview): in order with the replies
                out.add(render.apply(tell, tell.language()));
            } else if (e instanceof Tell tell) {
                tells.add(tell);
            } else if (e instanceof Signal sig) {
                forward(sig.to(), sig.name(), sig.value());
            } else if (!(e instanceof Toast) && !(e instanceof EditPressed)) {
                domain.add(e);
            }
        }
        if (press != null) {
            out.add(0, new Outgoing.Answer(press.pressId(), toast));
        }
        if (deleted) {
            return new Outcome(PersonState.NEW, true, List.of(), List.copyOf(out), List.of(), List.of());
        }
        Conversation c = new Conversation(flow.name(), state, Json.write(data), flow.version(), seq);
        return new Outcome(new PersonState(person, c), false, List.copyOf(domain), List.copyOf(out),
                List.copyOf(tells), List.copyOf(forwards));
    }

    /** A message as sent: a file with the text as its caption when the step attached one. */
    static Outgoing outgoing(Texts texts, Say s, List<List<OutButton>> buttons) {
        String text = texts.message(s.text());
        if (s.file() == null) {
            return new Outgoing.Send(text, buttons);
        }
        return s.file().isPhoto() ? new Outgoing.Photo(s.file().content(), text, buttons)
                : new Outgoing.Document(text, buttons, s.file().fileName(), s.file().content());
    }

    private List<List<OutButton>> sign(List<List<Button>> rows, long seq, ButtonSigner signer) {
        List<List<OutButton>> signed = new ArrayList<>(rows.size());
        for (List<Button> row : rows) {
            List<OutButton> r = new ArrayList<>(row.size());
            for (Button b : row) {
                r.add(b.url() != null ? new OutButton(b.label(), null, b.url())
                        : new OutButton(b.label(), signer.sign(person.id(), seq, b.action())));
            }
            signed.add(List.copyOf(r));
        }
        return List.copyOf(signed);
    }
}
