import Foundation
import Hummingbird
import MaSante
import MaSanteApp
import MaSanteStore

/// « Utilisateurs » (`/admin/utilisateurs`): the logins (as `masante utilisateur liste`), adding
/// one (as `utilisateur ajouter`: a role, the centres of a manager, a generated password),
/// linking a manager to a centre or unlinking it, and removing a login (as `utilisateur
/// retirer`), each under the administrator's role.
///
/// The generated password is in the body of the answer to the POST only, shown once: never in
/// an address (no redirect carries it), a log or the database, and the page is not cached.
struct AdminUserRoutes {
    let pages: Pages
    let pool: DatabasePool

    static let path = "/admin/utilisateurs"

    static let notices: [String: String] = [
        "suppression": "Compte supprimé : il ne peut plus se connecter.",
        "rattachement": "Centre rattaché au compte.",
        "detachement": "Centre retiré du compte.",
    ]

    func add(to router: Router<WebContext>) {
        router.get("/admin/utilisateurs") { request, context -> Response in
            let person = try context.require(.admin)
            let done = request.uri.queryParameters["fait"].map(String.init)
            return try await page(
                person: person, values: done.flatMap { Self.notices[$0] }.map { ["notice": $0] } ?? [:])
        }
        router.post("/admin/utilisateurs") { _, context -> Response in
            let person = try context.require(.admin)
            return try await addUser(person: person, form: AdminUserForm(context.form))
        }
        router.post("/admin/utilisateurs/supprimer") { _, context -> Response in
            let person = try context.require(.admin)
            return try await removeUser(
                person: person, login: context.form["identifiant"] ?? "",
                confirmed: context.form["confirmer"] == "oui")
        }
        router.post("/admin/utilisateurs/centres") { _, context -> Response in
            let person = try context.require(.admin)
            return try await link(person: person, form: context.form, linking: context.form["action"] != "retirer")
        }
    }

    /// The list and the forms; `values` add a notice, the add form as typed, or its refusals.
    private func page(
        person: SignedInPerson, form: AdminUserForm = AdminUserForm(), values: [String: Any] = [:],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let login = person.login
        let (accounts, centres) = try await pool.run(as: login) { session in
            (try ListUsers(session).run(), try LinkUserCentres(session).centres())
        }
        var values = values
        values["accounts"] = accounts.map { account -> [String: Any] in
            let isManager = account.role == .responsable
            let linkable = isManager ? centres.filter { !account.centres.contains($0.name) } : []
            return [
                "login": account.login, "role": account.role.label, "centres": account.centres.joined(separator: ", "),
                "canLogIn": account.canLogIn ? "oui" : "non", "isManager": isManager, "isSelf": account.login == login,
                "linked": account.centres.compactMap { name in
                    centres.first { $0.name == name }.map { ["id": $0.id, "name": $0.name, "login": account.login] }
                },
                "linkable": linkable.map { ["id": $0.id, "name": $0.name] }, "hasLinkable": !linkable.isEmpty,
            ]
        }
        values.merge(form.values(centres: centres)) { old, _ in old }
        return pages.page("utilisateurs", title: "Utilisateurs", person: person, values: values, status: status)
    }

    private func addUser(person: SignedInPerson, form: AdminUserForm) async throws -> Response {
        let login = person.login
        let centres = try await pool.run(as: login) { session in try LinkUserCentres(session).centres() }
        let request: AddUser.Request
        switch form.check(centres: centres) {
        case .failure(let errors):
            return try await page(person: person, form: form, values: errors.values, status: .badRequest)
        case .success(let value):
            request = value
        }
        let outcome: AddUser.Outcome
        do {
            outcome = try await pool.run(as: login) { session in try AddUser(session).run(request) }
        } catch let refused as StoreError {
            var errors = FieldErrors()
            let message = FieldErrors.sentence(refused.description)
            if refused.description.contains("identifiant") {
                errors["identifiant"] = message
            } else {
                errors.form = message
            }
            return try await page(person: person, form: form, values: errors.values, status: .unprocessableContent)
        }
        let centresText = outcome.centres.isEmpty ? "" : " (centres : \(outcome.centres.joined(separator: ", ")))"
        var values: [String: Any] = [
            "created": "Compte « \(outcome.login) » créé : \(outcome.role.label)\(centresText)."
        ]
        if let password = outcome.generatedPassword {
            values["password"] = password
            values["createdLogin"] = outcome.login
        }
        return try await page(person: person, values: values)
    }

    /// « Supprimer » asks first (a page with « Supprimer définitivement »); the confirmed form removes.
    private func removeUser(person: SignedInPerson, login removed: String, confirmed: Bool) async throws -> Response {
        guard removed != person.login else {
            return try await page(
                person: person,
                values: ["formError": "Vous ne pouvez pas supprimer votre propre compte. Rien n'a été supprimé."],
                status: .unprocessableContent)
        }
        guard confirmed else { return try await page(person: person, values: ["confirmRemoval": removed]) }
        let login = person.login
        do {
            try await pool.run(as: login) { session in try RemoveUser(session).run(login: removed) }
        } catch let refused as StoreError {
            return try await page(
                person: person, values: ["formError": FieldErrors.sentence(refused.description)],
                status: .notFound)
        }
        return Pages.redirect(to: Self.path + "?fait=suppression")
    }

    private func link(person: SignedInPerson, form: FormFields, linking: Bool) async throws -> Response {
        let account = form["identifiant"] ?? ""
        guard let centre = form["centre"].flatMap(Int.init) else {
            return try await page(
                person: person, values: ["formError": "Choisissez un centre de la liste. Rien n'a été changé."],
                status: .badRequest)
        }
        let login = person.login
        do {
            try await pool.run(as: login) { session in
                let use = LinkUserCentres(session)
                guard try use.centres().contains(where: { $0.id == centre }) else {
                    throw StoreError.notFound("aucun centre n°\(centre)")
                }
                if linking {
                    try use.link(login: account, centre: centre)
                } else {
                    try use.unlink(login: account, centre: centre)
                }
            }
        } catch let refused as StoreError {
            return try await page(
                person: person,
                values: ["formError": FieldErrors.sentence(refused.description) + " Rien n'a été changé."],
                status: .unprocessableContent)
        }
        return Pages.redirect(to: Self.path + (linking ? "?fait=rattachement" : "?fait=detachement"))
    }
}
