package org.koppel.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import okhttp3.OkHttpClient;
import org.koppel.app.Koppel;
import org.koppel.core.Inbox;
import org.koppel.core.Update;
import org.koppel.i18n.Texts;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Telegram mode: long polling into the inbox, replies through the Bot API. */
public final class TelegramBot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
    static final List<String> COMMANDS = List.of("start", "profile", "meet", "message", "communities", "language", "help",
            "cancel", "mydata", "delete");

    private final TelegramBotsLongPollingApplication app;
    private final OkHttpClient http;

    private TelegramBot(TelegramBotsLongPollingApplication app, OkHttpClient http) {
        this.app = app;
        this.http = http;
    }

    /** Starts polling and sending; apiUrl is Telegram's address or another Bot API server's. */
    public static TelegramBot start(Koppel koppel, String token, String apiUrl, Set<Long> coordinators)
            throws TelegramApiException {
        TelegramUrl url = parse(apiUrl);
        // OkHttp would silently resend a request whose connection dropped, which can deliver a
        // message twice; Delivery decides about retries instead.
        OkHttpClient http = new OkHttpClient.Builder()
                .retryOnConnectionFailure(false)
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(75))
                .addInterceptor(chain -> watch(koppel, chain))
                .addInterceptor(new UnreadableUpdates(koppel::unreadable))
                .build();
        OkHttpTelegramClient client = new OkHttpTelegramClient(http, token, url);
        Inbox inbox = koppel.start(new TelegramGateway(client), Thread::sleep, coordinators);
        // eleven calls, one per language: the menu can follow a moment later, the first poll should not wait for it
        Thread menus = new Thread(() -> registerCommands(client, koppel), "koppel-command-menus");
        menus.setDaemon(true);
        menus.start();
        try {
            koppel.links().botUsername(client.execute(new GetMe()).getUserName());
        } catch (TelegramApiException e) {
            log.warn("bot username unknown, community links use a placeholder: {}", e.getMessage());
        }
        TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> http);
        register(app, token, url, inbox);
        log.info("polling {}://{}:{}, {} ms after the JVM started", url.getSchema(), url.getHost(), url.getPort(),
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        return new TelegramBot(app, http);
    }

    /**
     * Starts polling, waiting for the Bot API as long as it takes: the library first deletes any
     * webhook and throws when the server cannot be reached, which left a bot started during a
     * network outage running without ever polling (found while timing start-up).
     */
    private static void register(TelegramBotsLongPollingApplication app, String token, TelegramUrl url, Inbox inbox) {
        long wait = 1_000;
        while (true) {
            try {
                app.registerBot(token, () -> url, new DefaultGetUpdatesGenerator(), updates -> consume(inbox, updates));
                return;
            } catch (TelegramApiException e) {
                log.warn("cannot reach the Bot API to start polling, trying again in {} ms: {}", wait, e.getMessage());
                try {
                    // the library keeps the session it could not start; it must go before the next try
                    app.unregisterBot(token);
                } catch (TelegramApiException | RuntimeException gone) {
                    log.debug("no session to unregister: {}", gone.getClass().getName());
                }
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                wait = Math.min(wait * 2, 30_000);
            }
        }
    }

    /**
     * Every Bot API reply passes here, for /health and /metrics: a poll that came back well, and
     * 429s from any call (replies, broadcasts and polling alike).
     */
    private static okhttp3.Response watch(Koppel koppel, okhttp3.Interceptor.Chain chain) throws java.io.IOException {
        okhttp3.Response r = chain.proceed(chain.request());
        if (r.code() == 429) {
            koppel.meters().rateLimited();
        } else if (r.isSuccessful() && chain.request().url().encodedPath().toLowerCase(java.util.Locale.ROOT)
                .endsWith("/getupdates")) {
            koppel.meters().polled(koppel.clock().instant());
        }
        return r;
    }

    /**
     * Must not return before the updates are committed (the next poll confirms them to Telegram)
     * and must never throw (that stops polling). So it retries until the inbox has them.
     */
    private static void consume(Inbox inbox, List<org.telegram.telegrambots.meta.api.objects.Update> raw) {
        List<Update> updates = new ArrayList<>(raw.size());
        for (var u : raw) {
            try {
                UpdateMapper.map(u).ifPresent(updates::add);
            } catch (RuntimeException e) {
                log.warn("update {} could not be read: {}", u.getUpdateId(), e.getClass().getName());
            }
        }
        long wait = 100;
        while (true) {
            try {
                inbox.accept(updates);
                return;
            } catch (RuntimeException e) {
                log.error("cannot store {} updates, retrying in {} ms: {}", updates.size(), wait, e.getClass().getName());
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                wait = Math.min(wait * 2, 10_000);
            }
        }
    }

    /** The command menu in every configured language, and in the default language for the rest. */
    private static void registerCommands(OkHttpTelegramClient client, Koppel koppel) {
        String fallback = koppel.config().settings().defaultLanguage();
        List<String> codes = new ArrayList<>(koppel.messages().languages());
        codes.add(null);
        for (String code : codes) {
            Texts t = koppel.messages().of(code == null ? fallback : code);
            List<BotCommand> commands = new ArrayList<>();
            for (String name : COMMANDS) {
                commands.add(new BotCommand(name, t.t("cmd." + name)));
            }
            try {
                SetMyCommands.SetMyCommandsBuilder<?, ?> b = SetMyCommands.builder().commands(commands);
                if (code != null) {
                    b.languageCode(code);
                }
                client.execute(b.build());
            } catch (TelegramApiException e) {
                log.warn("command menu for {} not registered: {}", code == null ? "default" : code, e.getMessage());
            }
        }
    }

    static TelegramUrl parse(String apiUrl) {
        URI uri = URI.create(apiUrl);
        String scheme = uri.getScheme() == null ? "https" : uri.getScheme();
        int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("http") ? 80 : 443;
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("KOPPEL_TELEGRAM_API_URL must look like http://127.0.0.1:8081, got " + apiUrl);
        }
        return new TelegramUrl(scheme, uri.getHost(), port, false);
    }

    @Override
    public void close() {
        try {
            app.close();
        } catch (Exception e) {
            log.warn("closing polling: {}", e.getClass().getName());
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
