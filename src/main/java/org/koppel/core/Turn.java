package org.koppel.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Edit;
import org.koppel.conversation.Fallback;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Forget;
import org.koppel.conversation.Input;
import org.koppel.conversation.Open;
import org.koppel.conversation.Say;
import org.koppel.conversation.Schedule;
import org.koppel.conversation.SetLanguage;
import org.koppel.conversation.Signal;
import org.koppel.conversation.State;
import org.koppel.conversation.Step;
import org.koppel.conversation.Tell;
import org.koppel.conversation.Toast;
import org.koppel.conversation.Unschedule;

/**
 * One update being handled: the person's conversations as they change and what the steps asked for so
 * far. Typing goes to the one that asked last; when it stops asking, the one before it asks again.
 */
final class Turn {
    private final Router router;
    private final Map<String, Conv> convs;
    private final String focusBefore;
    private final Inbound.Press press;
    private final Deque<Open> opens = new ArrayDeque<>();
    private final Set<String> asking = new HashSet<>();
    private final Set<String> changed = new LinkedHashSet<>();
    private final Set<String> ended = new LinkedHashSet<>();
    private final List<Outcome.Reply> replies = new ArrayList<>();
    private final List<Tell> tells = new ArrayList<>();
    private final List<Signal> signals = new ArrayList<>();
    private final List<Effect> effects = new ArrayList<>();
    private final List<Outcome.Job> jobs = new ArrayList<>();
    Person person;
    Context base;
    String pressKey;
    private boolean personChanged;
    private String toast;
    private boolean forget;
    private boolean notByPerson;
    Standing standing = Standing.NONE; // suspended or declined: only some conversations take their input

    Turn(Router router, Person person, boolean isNew, Map<String, Conv> convs, Context base, Inbound.Press press) {
        this.router = router;
        this.person = person;
        this.personChanged = isNew;
        this.convs = new LinkedHashMap<>(convs);
        this.base = base;
        this.press = press;
        this.focusBefore = focused();
    }

    /** The key of the conversation that asked last and still waits, or null. */
    String focused() {
        return convs.values().stream().filter(c -> c.asked() > 0)
                .max(java.util.Comparator.comparingLong(Conv::asked)).map(Conv::key).orElse(null);
    }

    /** The person's own conversation (profile), where typing goes that nobody asked for, or null. */
    String home() {
        return convs.keySet().stream().filter(k -> router.kinds().of(k) != null && router.kinds().of(k).home())
                .findFirst().orElse(null);
    }

    /** This turn is someone else's doing or the clock's (an event, a job), not the person's. */
    void notByPerson() {
        notByPerson = true;
    }

    boolean holds(String key) {
        return convs.containsKey(key);
    }

    boolean empty() {
        return convs.isEmpty();
    }

    /** Hands input to a conversation, beginning it when the person does not hold it; false when nothing took it. */
    boolean input(String key, Input in) {
        Conversation<Object, Object> kind = router.kinds().of(key);
        Conv row = convs.get(key);
        if (kind == null) {
            if (row != null) {
                end(key);
            }
            return false;
        }
        if (standing.suspended() && !notByPerson && !kind.whileSuspended()) {
            say("account.suspended");
            return true;
        }
        Context ctx = base.at(key);
        Object data = row == null ? null : Json.read(row.data(), kind.dataType());
        Object view = router.views().view(kind, key, data, in, ctx);
        Step<Object> s;
        if (row == null) {
            s = kind.begin(view, in, ctx);
        } else {
            State<Object, Object> def = kind.states().get(row.state());
            s = def.handler().on(data, view, in, ctx);
            if (s == null) {
                s = Fallback.step(def, row.state(), data, view, in, ctx);
            }
        }
        if (s == null) {
            return false;
        }
        apply(kind, key, row, data, s, view, ctx);
        while (!opens.isEmpty()) {
            Open o = opens.poll();
            input(o.key(), o.input());
        }
        return true;
    }

    /** Asks a conversation's current question again. */
    void reask(String key) {
        Conv row = key == null ? null : convs.get(key);
        Conversation<Object, Object> kind = row == null ? null : router.kinds().of(key);
        if (kind == null) {
            return;
        }
        Context ctx = base.at(key);
        Object data = Json.read(row.data(), kind.dataType());
        Object view = router.views().view(kind, key, data, null, ctx);
        List<Effect> ask = kind.states().get(row.state()).prompt().ask(data, view, ctx);
        if (!ask.isEmpty()) {
            apply(kind, key, row, data, new Step<>(row.state(), data, ask), view, ctx);
        }
    }

    private void apply(Conversation<Object, Object> kind, String key, Conv row, Object before, Step<Object> s,
                       Object view, Context ctx) {
        boolean newState = row == null || !s.state().equals(row.state());
        boolean keyboard = s.effects().stream().anyMatch(e -> e instanceof Say say && say.hasButtons() && !say.standing());
        long seq = (row == null ? 0 : row.seq()) + (keyboard || newState ? 1 : 0);
        Set<Long> about = kind.about(s.data() != null ? s.data() : before, view, ctx);
        boolean said = false;
        for (Effect e : s.effects()) {
            said |= e instanceof Say;
            carryOut(e, key, seq, about);
        }
        if (s.ended()) {
            if (row != null) {
                end(key);
            }
            return;
        }
        State<Object, Object> def = kind.states().get(s.state());
        long asked = !def.expects().asks() ? 0 : newState || said ? nextAsk() : row.asked();
        if (asked > 0 && (newState || said)) {
            asking.add(key);
            String top = notByPerson ? focused() : null;
            if (top != null && !top.equals(key) && router.kinds().typing(convs.get(top))) {
                // the person is typing a message there: this question comes next, their words go where they meant
                convs.put(top, convs.get(top).asked(asked + 1));
                changed.add(top);
            }
        }
        convs.put(key, new Conv(key, kind.kind(), s.state(), Json.write(s.data()), kind.version(), seq, asked));
        changed.add(key);
        ended.remove(key);
    }

    private void carryOut(Effect e, String key, long seq, Set<Long> about) {
        if (e instanceof Say say) {
            replies.add(new Outcome.Reply(router.outgoing(base.texts(), say, person.id(), key,
                    say.standing() ? ButtonSigner.STANDING : seq), about));
        } else if (e instanceof Edit ed) {
            if (press != null && key.equals(pressKey)) {
                String text = ed.text() == null ? null : base.texts().message(ed.text());
                replies.add(new Outcome.Reply(new Outgoing.Edit(press.messageRef(), text, router.sign(ed.buttons(),
                        person.id(), key, ed.standing() ? ButtonSigner.STANDING : seq)), about));
            }
        } else if (e instanceof Toast t) {
            toast = toast == null ? t.text() : toast;
        } else if (e instanceof Tell t && t.to() == person.id() && t.language() != null) {
            // shown to this person in another language (a preview): in order with the replies
            replies.add(new Outcome.Reply(router.render(t, t.language()), about));
        } else if (e instanceof Tell t) {
            tells.add(t);
        } else if (e instanceof Signal sig) {
            signals.add(sig);
        } else if (e instanceof Schedule sc) {
            jobs.add(new Outcome.Job(sc.key() == null ? key : sc.key(), sc.name(), sc.payload(), sc.due()));
        } else if (e instanceof Unschedule u) {
            jobs.add(new Outcome.Job(key, u.name(), null, null));
        } else if (e instanceof Open o) {
            opens.add(o);
        } else if (e instanceof SetLanguage l) {
            person = person.withLanguage(l.code());
            personChanged = true;
            base = base.speaking(l.code());
        } else if (e instanceof Forget) {
            forget = true;
        } else {
            effects.add(e);
        }
    }

    private void end(String key) {
        convs.remove(key);
        changed.remove(key);
        ended.add(key);
        jobs.add(new Outcome.Job(key, null, null, null));
    }

    private long nextAsk() {
        return convs.values().stream().mapToLong(Conv::asked).max().orElse(0) + 1;
    }

    /** A message of the core itself (help, an unknown command) to the person. */
    void say(String textKey, Object... args) {
        replies.add(new Outcome.Reply(new Outgoing.Send(base.texts().message(base.texts().t(textKey, args)),
                List.of()), Set.of()));
    }

    void toast(String textKey) {
        toast = toast == null ? base.texts().t(textKey) : toast;
    }

    /** The conversation that lost the person's attention hands it back to the one that asked before. */
    Outcome finish() {
        String top = focused();
        boolean stopped = focusBefore != null && (!convs.containsKey(focusBefore) || convs.get(focusBefore).asked() == 0);
        if (!forget && top != null && !top.equals(focusBefore) && stopped && !asking.contains(top)) {
            reask(top);
        }
        Outgoing.Answer answer = press == null ? null : new Outgoing.Answer(press.pressId(), toast);
        boolean keep = !forget && (!convs.isEmpty() || !personChanged || !ended.isEmpty());
        PersonState state = forget || !keep ? PersonState.NEW : new PersonState(person, convs);
        List<Conv> rows = changed.stream().map(convs::get).toList();
        return new Outcome(state, keep && personChanged, rows, Set.copyOf(ended), List.copyOf(effects),
                List.copyOf(jobs), List.copyOf(replies), List.copyOf(tells), List.copyOf(signals), answer, forget);
    }
}
