package org.koppel.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.koppel.config.Config;
import org.koppel.flow.Button;
import org.koppel.flow.CommunityActions;
import org.koppel.flow.Flow;
import org.koppel.flow.FlowContext;
import org.koppel.flow.Input;
import org.koppel.flow.LanguagePicker;
import org.koppel.flow.Say;
import org.koppel.flow.Lookup;
import org.koppel.flow.MeetingActions;
import org.koppel.flow.ReviewActions;
import org.koppel.flow.Step;
import org.koppel.flow.Tell;
import org.koppel.i18n.Texts;
import org.koppel.flow.TextInput;
import org.koppel.i18n.Messages;

/**
 * Decides what one update does, without I/O: checks buttons, handles the commands and actions
 * that work in every state (/help, /language, /cancel, /delete) and hands the rest to the
 * person's flow.
 */
public final class Router {
    static final String DELETE_YES = "del:yes";
    static final String DELETE_NO = "del:no";
    /** The seq of buttons that do not belong to the receiver's conversation, such as a review request. */
    public static final long STANDING = -1;
    private final Config config;
    private final Messages messages;
    private final Flows flows;
    private final ButtonSigner signer;
    private final Set<Long> coordinators;
    private final Lookup lookup;

    public Router(Config config, Messages messages, Flows flows, ButtonSigner signer, Set<Long> coordinators,
                  Lookup lookup) {
        this.lookup = lookup;
        this.coordinators = Set.copyOf(coordinators);
        this.config = config;
        this.messages = messages;
        this.flows = flows;
        this.signer = signer;
    }

    public Outcome route(PersonState current, Update u, Instant now) {
        Inbound.Press press = u.event() instanceof Inbound.Press p ? p : null;
        // standing buttons were signed for their receiver, so only they can press them
        Optional<String> standing = press == null ? Optional.empty() : signer.verify(u.personId(), press.data())
                .filter(p -> p.seq() == STANDING).map(ButtonSigner.Pressed::action);
        if (press != null) {
            if (standing.isPresent() && standing.get().startsWith(ReviewActions.PREFIX)
                    && coordinators.contains(u.personId())) {
                return Review.decide(current, u, press, standing.get(), textsOf(current));
            }
            if (standing.isPresent() && standing.get().startsWith(MeetingActions.PREFIX)) {
                return MeetingAnswer.decide(current, u, press, standing.get(), textsOf(current));
            }
            if (standing.isPresent() && standing.get().startsWith(MeetingActions.CARD)) {
                return MeetingAnswer.card(current, u, press, standing.get(), textsOf(current));
            }
            if (standing.isPresent() && standing.get().startsWith(MeetingActions.REPORT)) {
                return MeetingAnswer.report(current, u, press, standing.get(), textsOf(current));
            }
        }
        if (u.event() instanceof Inbound.Event && !current.known()) {
            return Outcome.nothing();
        }
        if (!current.known() || current.conversation() == null) {
            return begin(u, now, press);
        }
        Person person = current.person();
        Conversation c = current.conversation();
        Flow<Object> flow = flows.get(c.flow());
        Object data = Json.read(c.data(), flow.dataType());
        FlowContext ctx = new FlowContext(person.id(), messages.of(person.language()), config, now, u.firstName(),
                coordinators);
        Turn t = new Turn(person, ctx, flow, c.state(), data, c.seq(), press);
        Inbound e = u.event();
        String own = standing.filter(a -> MeetingActions.own(a) || CommunityActions.own(a)).orElse(null);
        if (own != null) {
            // follow-up answers outlive the conversation's steps and never move it on
            t.step(flow.handle(t.state, t.data, new Input.Event(MeetingActions.OWN_EVENT, own, person.id()), ctx), flows);
        } else if (e instanceof Inbound.Text text) {
            t.step(flow.handle(t.state, t.data, new Input.Text(TextInput.clean(text.text())), ctx), flows);
        } else if (e instanceof Inbound.Command cmd) {
            command(t, cmd);
        } else if (e instanceof Inbound.Press p) {
            press(t, p, c.seq());
        } else if (e instanceof Inbound.Event ev) {
            t.step(flow.handle(t.state, t.data, new Input.Event(ev.name(), ev.value(), ev.from()), ctx), flows);
        } else if (e instanceof Inbound.Photo photo && photo(t, photo)) {
            // taken by the flow, as a broadcast being written
        } else if (e instanceof Inbound.Unsupported || e instanceof Inbound.Photo) {
            t.say("input.unsupported");
            t.reprompt();
        } else {
            t.say("input.edited");
        }
        t.resolve(lookup, flows);
        return t.finish(signer, this::render);
    }

    private Outcome begin(Update u, Instant now, Inbound.Press press) {
        boolean known = config.settings().supports(u.languageHint());
        Person person = new Person(u.personId(), known ? u.languageHint() : config.settings().defaultLanguage());
        FlowContext ctx = new FlowContext(person.id(), messages.of(person.language()), config, now, u.firstName(),
                coordinators);
        Flow<Object> flow = flows.entry();
        Step<Object> first = flow.begin(ctx, known);
        Turn t = new Turn(person, ctx, flow, first.state(), first.data(), 0, press);
        if (press != null) {
            t.answerPress("callback.expired");
        }
        t.addAll(first.effects());
        if (u.event() instanceof Inbound.Command c && c.name().equals("start") && link(c) != null) {
            // a join or invite link: offered right after the greeting, joining asks its own consent
            t.step(flow.handle(t.state, t.data, new Input.Event(CommunityActions.LINK_EVENT, link(c), person.id()), ctx), flows);
            t.resolve(lookup, flows);
        }
        return t.finish(signer, this::render);
    }

    /** The payload of a t.me link: A-Z a-z 0-9 _ - only, at most 64 characters, or null. */
    private static String link(Inbound.Command c) {
        return c.arg() != null && c.arg().matches("[A-Za-z0-9_-]{2,64}") ? c.arg() : null;
    }

    private void command(Turn t, Inbound.Command cmd) {
        switch (cmd.name()) {
            case "start" -> t.step(t.flow.handle(t.state, t.data, link(cmd) == null ? new Input.Restart()
                    : new Input.Event(CommunityActions.LINK_EVENT, link(cmd), t.person.id()), t.ctx), flows);
            case "cancel" -> t.step(t.flow.handle(t.state, t.data, new Input.Cancel(), t.ctx), flows);
            case "help" -> {
                t.say("help.text");
                t.reprompt();
            }
            case "language" -> t.add(LanguagePicker.say(t.ctx));
            case "delete" -> t.add(new Say(t.texts().t("delete.confirm"), List.of(List.of(
                    new Button(t.texts().t("button.delete_yes"), DELETE_YES),
                    new Button(t.texts().t("button.delete_no"), DELETE_NO)))));
            default -> {
                Step<Object> s = t.flow.handle(t.state, t.data, new Input.Command(cmd.name()), t.ctx);
                if (s != null) {
                    t.step(s, flows);
                } else {
                    t.say("input.unknown_command", "command", "/" + cmd.name());
                    t.reprompt();
                }
            }
        }
    }

    private boolean photo(Turn t, Inbound.Photo p) {
        Step<Object> s = t.flow.handle(t.state, t.data, new Input.Photo(p.fileId(), TextInput.clean(p.caption())), t.ctx);
        if (s != null) {
            t.step(s, flows);
        }
        return s != null;
    }

    private void press(Turn t, Inbound.Press p, long seq) {
        Optional<ButtonSigner.Pressed> pressed = signer.verify(t.person.id(), p.data());
        if (pressed.isEmpty()) {
            t.answerPress("callback.unknown");
            return;
        }
        if (pressed.get().seq() != seq) {
            t.answerPress("callback.expired");
            return;
        }
        String action = pressed.get().action();
        if (action.startsWith(LanguagePicker.ACTION)) {
            chooseLanguage(t, action.substring(LanguagePicker.ACTION.length()));
        } else if (action.equals(DELETE_YES)) {
            t.delete();
        } else if (action.equals(DELETE_NO)) {
            t.say("delete.kept");
            t.reprompt();
        } else {
            t.step(t.flow.handle(t.state, t.data, new Input.Choice(action), t.ctx), flows);
        }
    }

    /** A message for someone else, in their language, with buttons that stay valid for them. */
    public Outgoing render(Tell tell, String language) {
        Texts texts = messages.of(language);
        Say say = tell.message().apply(texts);
        List<List<OutButton>> rows = new ArrayList<>();
        for (List<Button> row : say.buttons()) {
            rows.add(row.stream().map(b -> b.url() != null ? new OutButton(b.label(), null, b.url())
                    : new OutButton(b.label(), signer.sign(tell.to(), STANDING, b.action()))).toList());
        }
        return Turn.outgoing(texts, say, List.copyOf(rows));
    }

    private Texts textsOf(PersonState st) {
        return messages.of(st.known() ? st.person().language() : config.settings().defaultLanguage());
    }

    private void chooseLanguage(Turn t, String code) {
        if (!config.settings().supports(code)) {
            t.answerPress("callback.unknown");
            return;
        }
        t.person = t.person.withLanguage(code);
        t.ctx = t.ctx.withTexts(messages.of(code));
        t.say("language.changed", "language", config.settings().language(code).orElseThrow().name());
        t.step(t.flow.handle(t.state, t.data, new Input.LanguageChosen(), t.ctx), flows);
    }
}
