import Foundation
import Hummingbird
import MaSante
import MaSanteApp
import MaSanteStore

/// « Agendas » (`/agendas`, HR and centre managers): make or revoke the secret address of a
/// person's or a centre's calendar, as `masante agenda lien|revoquer`, under the person's role.
/// A new address is shown once, in the answer to the POST (never in an address or a log: the
/// database keeps only its SHA-256), with how to subscribe to it in Google, Apple or Outlook.
struct CalendarLinkRoutes {
    let pages: Pages
    let pool: DatabasePool

    static let path = "/agendas"

    static let notices: [String: String] = [
        "revocation": "Lien révoqué : les agendas abonnés ne reçoivent plus rien.",
        "aucun": "Aucun lien actif pour cet agenda : rien à révoquer.",
    ]

    func add(to router: Router<WebContext>) {
        router.get("/agendas") { request, context -> Response in
            let person = try context.require(.rh, .responsable)
            let done = request.uri.queryParameters["fait"].map(String.init)
            return try await page(
                person: person, values: done.flatMap { Self.notices[$0] }.map { ["notice": $0] } ?? [:])
        }
        router.post("/agendas") { request, context -> Response in
            let person = try context.require(.rh, .responsable)
            return try await submit(person: person, form: context.form, site: Self.site(of: request))
        }
    }

    /// The address the browser used (`https` behind a TLS proxy), which calendars will fetch too.
    static func site(of request: Request) -> String {
        let host = request.head.authority ?? "127.0.0.1:8080"
        return (SessionCookie.isSecure(request) ? "https://" : "http://") + host
    }

    private func page(
        person: SignedInPerson, values: [String: Any] = [:], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let login = person.login
        let centres = try await pool.run(as: login) { session in try CalendarSubscriptions(session).centres() }
        let chosen = values["chosenCentre"] as? Int
        var values = values
        values["centres"] = centres.map { ["id": $0.id, "name": $0.name, "selected": $0.id == chosen] }
        values["isManager"] = person.role == .responsable
        return pages.page("agendas", title: "Agendas", person: person, values: values, status: status)
    }

    private func submit(person: SignedInPerson, form: FormFields, site: String) async throws -> Response {
        let revoking = form["action"] == "revoquer"
        let reference = form.trimmed("personne")
        let owner: CalendarSubscriptions.Owner
        let field: String
        var typed: [String: Any] = ["personne": reference]
        if form["pour"] == "centre" {
            field = "centre"
            guard let id = form["centre"].flatMap(Int.init) else {
                return try await page(
                    person: person, values: ["centreError": "Choisissez un centre de la liste."], status: .badRequest)
            }
            owner = .centre(id)
            typed["chosenCentre"] = id
        } else {
            field = "personne"
            guard !reference.isEmpty else {
                return try await page(
                    person: person,
                    values: [
                        "personneError": "Indiquez la personne : son RPPS, son numéro (n°12) ou « NOM Prénom »."
                    ], status: .badRequest)
            }
            owner = .person(reference)
        }
        let login = person.login
        do {
            if revoking {
                let (revoked, _) = try await pool.run(as: login) { session in
                    try CalendarSubscriptions(session).revoke(owner)
                }
                return Pages.redirect(to: Self.path + (revoked ? "?fait=revocation" : "?fait=aucun"))
            }
            let (token, name) = try await pool.run(as: login) { session in
                try CalendarSubscriptions(session).create(for: owner)
            }
            let of = field == "centre" ? "du \(name)" : FrenchText.of(name)
            return try await page(
                person: person, values: ["created": true, "ownerName": of, "url": "\(site)/agenda/\(token).ics"])
        } catch {
            let message: String
            if let refused = error as? StoreError {
                message =
                    field == "centre" ? "Choisissez un centre de la liste." : FieldErrors.sentence(refused.description)
            } else if DatabaseFailure(error)?.code == .permissionDenied {
                message =
                    field == "centre"
                    ? "Ce centre n'est pas l'un des vôtres."
                    : "Cette personne n'est affectée à aucun de vos centres : son agenda ne dépend pas de vous."
            } else {
                throw error
            }
            var values = typed
            values["\(field)Error"] = message + " Rien n'a été enregistré."
            return try await page(person: person, values: values, status: .unprocessableContent)
        }
    }
}
