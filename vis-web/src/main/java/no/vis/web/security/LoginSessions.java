package no.vis.web.security;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pac4j.core.logout.handler.DefaultSessionLogoutHandler;
import org.pac4j.core.store.Store;

/**
 * Which VIS session belongs to which login at the provider, for ID-porten's front-channel logout:
 * at login pac4j records the ID token's {@code sid} against the HTTP session; when ID-porten later
 * calls {@code /callback/idporten?iss=…&sid=…} (from a hidden frame, without VIS's cookie) that
 * session is ended. Entries live exactly as long as their session — removed when it ends, whatever
 * the reason — so the registry never grows beyond the sessions in use and never forgets a live one
 * (pac4j's default keeps 10,000 entries for 30 minutes after login).
 *
 * <p>In memory, so on one server; a cluster needs sticky sessions or a shared store here.
 */
@jakarta.enterprise.inject.Vetoed
final class LoginSessions extends DefaultSessionLogoutHandler implements HttpSessionListener {

    LoginSessions() {
        super(new MapStore());
        setDestroySession(true);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        cleanRecord(event.getSession().getId());
    }

    /** sid → session and session id → sid. */
    private static final class MapStore implements Store<String, Object> {

        private final Map<String, Object> entries = new ConcurrentHashMap<>();

        @Override
        public Optional<Object> get(String key) {
            return key == null ? Optional.empty() : Optional.ofNullable(entries.get(key));
        }

        @Override
        public void set(String key, Object value) {
            if (key != null && value != null) {
                entries.put(key, value);
            }
        }

        @Override
        public void remove(String key) {
            if (key != null) {
                entries.remove(key);
            }
        }
    }
}
