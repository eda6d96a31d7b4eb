package org.koppel.start;

import java.util.List;
import org.koppel.conversation.Button;
import org.koppel.conversation.Context;
import org.koppel.conversation.Conversation;
import org.koppel.conversation.Effect;
import org.koppel.conversation.Expects;
import org.koppel.conversation.Input;
import org.koppel.conversation.Open;
import org.koppel.conversation.Say;
import org.koppel.conversation.State;
import org.koppel.conversation.States;
import org.koppel.conversation.Step;
import org.koppel.language.LanguagePicker;

/**
 * Greeting, language, role and consent, as a table:
 * <pre>
 * WELCOME   buttons  continue → ROLE, another language → LANGUAGE
 * LANGUAGE  buttons  a language → ROLE, in that language
 * ROLE      buttons  newcomer or volunteer → CONSENT for that role
 * CONSENT   buttons  yes → the role's profile begins; no → DECLINED
 * DECLINED  nothing  /start asks the consent again
 * PARKED    nothing  someone who came for something else (an organisation's contact): not asked who
 *                    they are after each step there; /start or typing brings the welcome back
 * </pre>
 */
public final class StartConversation implements Conversation<StartData, Void> {
    public static final String KIND = "start";
    public static final String NEWCOMER = "newcomer";
    public static final String VOLUNTEER = "volunteer";
    static final String WELCOME = "WELCOME";
    static final String LANGUAGE = "LANGUAGE";
    static final String ROLE = "ROLE";
    static final String CONSENT = "CONSENT";
    static final String DECLINED = "DECLINED";
    static final String PARKED = "PARKED";
    /** What another conversation sends (through Open) to park the welcome; no button carries it. */
    public static final String PARK = "park";

    private final States<StartData, Void> states = States.of(
            State.of(WELCOME, Expects.CHOICE, StartConversation::askWelcome, parkable(StartConversation::welcome)),
            State.of(LANGUAGE, Expects.CHOICE, (d, v, ctx) -> List.of(LanguagePicker.say(ctx)), parkable(this::language)),
            State.of(ROLE, Expects.CHOICE, StartConversation::askRole, parkable(StartConversation::role)),
            State.of(CONSENT, Expects.CHOICE, StartConversation::askConsent, parkable(this::consent)),
            State.idle(DECLINED, this::declined),
            State.idle(PARKED, (d, v, in, ctx) -> in instanceof Input.Restart || in instanceof Input.Command
                    || in instanceof Input.Text ? go(WELCOME, d, ctx) : null));

    private final String profileKey;
    private final String volunteerKey;
    /** The conversation a link's payload belongs to ("e…" an event's check-in, "j…" a community's), by payload. */
    private final java.util.function.UnaryOperator<String> linkKey;

    /** Where each role goes on after its consent, and the conversation that offers what a link opens. */
    public StartConversation(String profileKey, String volunteerKey, java.util.function.UnaryOperator<String> linkKey) {
        this.profileKey = profileKey;
        this.volunteerKey = volunteerKey;
        this.linkKey = linkKey;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<StartData> dataType() {
        return StartData.class;
    }

    @Override
    public States<StartData, Void> states() {
        return states;
    }

    @Override
    public boolean home() {
        return true;
    }

    @Override
    public Step<StartData> begin(Void view, Input input, Context ctx) {
        if (input instanceof Input.Choice) {
            // parking a welcome that is not there: nothing to do
            return null;
        }
        String state = ctx.senderLanguage() != null ? WELCOME : LANGUAGE;
        String link = input instanceof Input.Command c && !c.arg().isEmpty() ? c.arg() : null;
        StartData d = new StartData(null, link);
        return go(state, d, ctx);
    }

    private static List<Effect> askWelcome(StartData d, Void v, Context ctx) {
        var t = ctx.texts();
        String language = ctx.config().settings().language(t.language()).map(l -> l.name()).orElse(t.language());
        return List.of(new Say(t.t("start.welcome", "language", language), List.of(List.of(
                new Button(t.t("start.continue"), "continue"), new Button(t.t("start.change_language"), "pick_language")))));
    }

    private static List<Effect> askRole(StartData d, Void v, Context ctx) {
        var t = ctx.texts();
        return List.of(new Say(t.t("role.prompt"), List.of(
                List.of(new Button(t.t("role.newcomer"), "role:" + NEWCOMER)),
                List.of(new Button(t.t("role.volunteer"), "role:" + VOLUNTEER)))));
    }

    private static List<Effect> askConsent(StartData d, Void v, Context ctx) {
        var t = ctx.texts();
        String text = t.t(VOLUNTEER.equals(d.role()) ? "vconsent.text" : "consent.text", "months",
                ctx.config().settings().retentionMonths());
        return List.of(new Say(text, List.of(List.of(new Button(t.t("consent.yes"), "yes"),
                new Button(t.t("consent.no"), "no")))));
    }

    private static Step<StartData> go(String state, StartData d, Context ctx, Effect... before) {
        List<Effect> ask = switch (state) {
            case WELCOME -> askWelcome(d, null, ctx);
            case LANGUAGE -> List.of(LanguagePicker.say(ctx));
            case ROLE -> askRole(d, null, ctx);
            default -> askConsent(d, null, ctx);
        };
        return new Step<>(state, d, ask).after(List.of(before));
    }

    private static Step<StartData> welcome(StartData d, Void v, Input in, Context ctx) {
        if (in instanceof Input.Choice c && c.action().equals("continue")) {
            return go(ROLE, d, ctx);
        }
        if (in instanceof Input.Choice c && c.action().equals("pick_language")) {
            return go(LANGUAGE, d, ctx);
        }
        return in instanceof Input.Restart || in instanceof Input.Command ? go(WELCOME, d, ctx) : null;
    }

    private Step<StartData> language(StartData d, Void v, Input in, Context ctx) {
        String code = in instanceof Input.Choice c ? LanguagePicker.chosen(c.action(), ctx) : null;
        if (code != null) {
            Step<StartData> next = go(ROLE, new StartData(d.role()), ctx.speaking(code))
                    .after(LanguagePicker.choose(code, ctx));
            // the link they came with is offered (again) in the language they just chose
            return d.link() == null ? next : next.then(List.of(new Open(linkKey.apply(d.link()), new Input.Command("start", d.link()))));
        }
        return in instanceof Input.Restart || in instanceof Input.Command ? go(LANGUAGE, d, ctx) : null;
    }

    private static Step<StartData> role(StartData d, Void v, Input in, Context ctx) {
        if (in instanceof Input.Choice c && c.action().startsWith("role:")) {
            String role = c.action().substring(5);
            if (role.equals(NEWCOMER) || role.equals(VOLUNTEER)) {
                return go(CONSENT, new StartData(role), ctx);
            }
        }
        return in instanceof Input.Restart || in instanceof Input.Command ? go(ROLE, d, ctx) : null;
    }

    private Step<StartData> consent(StartData d, Void v, Input in, Context ctx) {
        if (in instanceof Input.Choice c && c.action().equals("yes")) {
            String next = VOLUNTEER.equals(d.role()) ? volunteerKey : profileKey;
            return Step.end(new RecordConsent(true, d.role()), new Open(next, new Input.Begin()));
        }
        if (in instanceof Input.Choice c && c.action().equals("no")) {
            return Step.of(DECLINED, d, new RecordConsent(false, d.role()), new Say(ctx.texts().t("consent.declined")));
        }
        return in instanceof Input.Restart || in instanceof Input.Command ? go(CONSENT, d, ctx) : null;
    }

    private static State.Handler<StartData, Void> parkable(State.Handler<StartData, Void> handler) {
        return (d, v, in, ctx) -> in instanceof Input.Choice c && c.action().equals(PARK) ? Step.of(PARKED, d)
                : handler.on(d, v, in, ctx);
    }

    private Step<StartData> declined(StartData d, Void v, Input in, Context ctx) {
        if (in instanceof Input.Restart || in instanceof Input.Command c && c.name().equals("start")) {
            return go(CONSENT, d, ctx);
        }
        return in instanceof Input.Text ? Step.of(DECLINED, d, new Say(ctx.texts().t("consent.declined"))) : null;
    }
}
