package no.vis.devtools.login;

import java.util.List;

/** The local provider's login page: a button per demo user of the issuer in the URL, and a free form. */
final class LoginPage {

    private LoginPage() {
    }

    static String render(List<LocalLoginProvider.DemoUser> users) {
        StringBuilder buttons = new StringBuilder();
        for (LocalLoginProvider.DemoUser user : users) {
            buttons.append("""
                    <form method="post" class="user" data-issuer="%s">
                      <input type="hidden" name="username" value="%s">
                      <input type="hidden" name="claims" value="%s">
                      <button type="submit" data-username="%s">%s</button>
                    </form>
                    """.formatted(escape(user.issuer()), escape(user.username()), escape(user.claimsJson()),
                    escape(user.username()), escape(user.label())));
        }
        return """
                <!doctype html>
                <html lang="nb">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Lokal innlogging – VIS</title>
                  <style>
                    body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; color: #1f2933; }
                    .user button { display: block; width: 100%%; margin: .4rem 0; padding: .7rem; font: inherit; text-align: left; cursor: pointer; }
                    textarea, input[type=text] { width: 100%%; font: inherit; }
                    .note { background: #fff4ce; padding: .5rem; }
                  </style>
                </head>
                <body>
                  <h1>Lokal innlogging (<span id="issuer"></span>)</h1>
                  <p class="note">Dette er VIS sin lokale testinnlogging, ikke Feide eller ID-porten. Velg en demobruker.</p>
                  %s
                  <h2>Annen bruker</h2>
                  <form method="post" id="custom">
                    <label for="username">Brukernavn (sub)</label>
                    <input type="text" id="username" name="username">
                    <label for="claims">Claims (JSON)</label>
                    <textarea id="claims" name="claims" rows="6"></textarea>
                    <button type="submit">Logg inn</button>
                  </form>
                  <script>
                    var issuer = location.pathname.split('/')[1];
                    document.getElementById('issuer').textContent = issuer;
                    document.querySelectorAll('form.user').forEach(function (f) {
                      if (f.dataset.issuer !== issuer) { f.remove(); }
                    });
                  </script>
                </body>
                </html>
                """.formatted(buttons);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
