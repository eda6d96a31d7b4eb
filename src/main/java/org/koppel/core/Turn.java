package org.koppel.core;

import java.util.ArrayList;
import java.util.List;
import org.koppel.flow.Button;
import org.koppel.flow.Effect;
import org.koppel.flow.EditPressed;
import org.koppel.flow.Flow;
import org.koppel.flow.FlowContext;
import org.koppel.flow.Say;
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

    void step(Step<Object> s) {
        state = s.state();
        data = s.data();
        effects.addAll(s.effects());
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

    Outcome finish(ButtonSigner signer) {
        boolean keyboard = effects.stream().anyMatch(e -> e instanceof Say s && !s.buttons().isEmpty());
        long seq = startSeq + (keyboard || !state.equals(startState) ? 1 : 0);
        List<Outgoing> out = new ArrayList<>();
        List<Effect> domain = new ArrayList<>();
        for (Effect e : effects) {
            if (e instanceof Toast t && toast == null) {
                toast = t.text();
            } else if (e instanceof Say s) {
                out.add(new Outgoing.Send(texts().message(s.text()), sign(s.buttons(), seq, signer)));
            } else if (e instanceof EditPressed ep && press != null) {
                out.add(new Outgoing.Edit(press.messageRef(), texts().message(ep.text()), sign(ep.buttons(), seq, signer)));
            } else if (!(e instanceof Toast) && !(e instanceof EditPressed)) {
                domain.add(e);
            }
        }
        if (press != null) {
            out.add(0, new Outgoing.Answer(press.pressId(), toast));
        }
        if (deleted) {
            return new Outcome(PersonState.NEW, true, List.of(), List.copyOf(out));
        }
        Conversation c = new Conversation(flow.name(), state, Json.write(data), flow.version(), seq);
        return new Outcome(new PersonState(person, c), false, List.copyOf(domain), List.copyOf(out));
    }

    private List<List<OutButton>> sign(List<List<Button>> rows, long seq, ButtonSigner signer) {
        List<List<OutButton>> signed = new ArrayList<>(rows.size());
        for (List<Button> row : rows) {
            List<OutButton> r = new ArrayList<>(row.size());
            for (Button b : row) {
                r.add(new OutButton(b.label(), signer.sign(person.id(), seq, b.action())));
            }
            signed.add(List.copyOf(r));
        }
        return List.copyOf(signed);
    }
}
