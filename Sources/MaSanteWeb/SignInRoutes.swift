import Foundation
import Hummingbird
import MaSanteStore

/// Sign-in, sign-out and the home page. The password is checked by PostgreSQL (a connection
/// opened as the person, then closed); five failures of an identifiant within 15 minutes stop
/// the checks for that identifiant.
struct SignInRoutes {
    let pages: Pages
    let pool: DatabasePool
    let conninfo: String

    func add(to router: Router<WebContext>) {
        router.get("/") { _, context -> Response in
            guard let person = context.person else { return Pages.redirect(to: "/connexion") }
            return Pages.redirect(to: Menu.home(for: person.role))
        }
        router.get("/connexion") { request, context -> Response in
            if let person = context.person { return Pages.redirect(to: Menu.home(for: person.role)) }
            return form(request: request)
        }
        router.post("/connexion") { request, context -> Response in
            try await signIn(request: request, context: context)
        }
        router.post("/deconnexion") { request, context -> Response in
            if let person = context.person {
                let token = person.sessionToken
                try await pool.run { session in
                    try session.transaction { try WebSessions(session).delete(token: token) }
                }
            }
            var response = Pages.redirect(to: "/connexion")
            SessionCookie.set(SessionCookie.session, nil, on: &response, request: request)
            return response
        }
    }

    /// The sign-in form, with a fresh form token in a cookie and in the form.
    private func form(
        request: Request, login: String = "", error: String? = nil,
        status: HTTPResponse.Status = .ok
    ) -> Response {
        let token = WebSessions.randomToken()
        var values: [String: Any] = ["formToken": token, "login": login]
        if let error { values["error"] = error }
        var response = pages.page("connexion", title: "Connexion", person: nil, values: values, status: status)
        SessionCookie.set(SessionCookie.signInForm, token, on: &response, request: request)
        return response
    }

    private func signIn(request: Request, context: WebContext) async throws -> Response {
        let login = (context.form["identifiant"] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let password = context.form["mot_de_passe"] ?? ""
        guard !login.isEmpty, !password.isEmpty else {
            return form(
                request: request, login: login, error: "Saisissez votre identifiant et votre mot de passe.",
                status: .badRequest)
        }
        let conninfo = conninfo
        let outcome: SignInOutcome = try await pool.run { session in
            if try session.transaction({ try WebSessions(session).isThrottled(login: login) }) { return .throttled }
            let person: PersonSignIn.Person
            do {
                person = try PersonSignIn.verify(conninfo: conninfo, login: login, password: password)
            } catch {
                // This session reached the database: the refusal is the person's, not an outage.
                try session.transaction { try WebSessions(session).recordFailure(login: login) }
                return .refused
            }
            let created = try session.transaction {
                let sessions = WebSessions(session)
                try sessions.clearFailures(login: login)
                return try sessions.create(login: person.login, role: person.role)
            }
            return .signedIn(token: created.token, role: person.role)
        }
        switch outcome {
        case .throttled:
            return form(
                request: request, login: login,
                error:
                    "Trop d'essais pour cet identifiant : la connexion est bloquée pendant 15 minutes. Réessayez plus tard ou demandez à l'équipe informatique du GIP.",
                status: .tooManyRequests)
        case .refused:
            return form(
                request: request, login: login, error: "Identifiant ou mot de passe incorrect.", status: .unauthorized)
        case .signedIn(let token, let role):
            var response = Pages.redirect(to: Menu.home(for: role))
            SessionCookie.set(SessionCookie.session, token, on: &response, request: request)
            SessionCookie.set(SessionCookie.signInForm, nil, on: &response, request: request)
            return response
        }
    }

    private enum SignInOutcome: Sendable {
        case throttled, refused
        case signedIn(token: String, role: UserRole)
    }
}
