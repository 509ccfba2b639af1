import Foundation
public import Hummingbird
import MaSanteReports
import MaSanteStore
import Mustache

/// Renders the French pages from the Mustache templates of `Templates/`, inside the layout
/// (skip link, header, the person's menu). Every `{{value}}` is escaped by ``EscapedHTML``; the only
/// triple-mustache is the layout's `{{{content}}}` (a page this type rendered) and the bodies of
/// the report, the observatory and the posts (made by `MaSanteReports`, which escapes the
/// registry's text).
public struct Pages: Sendable {
    let library: MustacheLibrary

    /// Loads the templates shipped with the module, each escaping with ``HTMLText/escape(_:)``.
    public static func load() async throws -> Pages {
        guard let directory = Bundle.module.resourceURL?.appendingPathComponent("Templates") else {
            throw PageError.notFound
        }
        MustacheContentTypes.register(EscapedHTML(), named: EscapedHTML.name)
        var library = MustacheLibrary()
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
        for file in files where file.pathExtension == "mustache" {
            let text = try String(contentsOf: file, encoding: .utf8)
            try library.register(
                "{{% CONTENT_TYPE: \(EscapedHTML.name)}}" + text, named: file.deletingPathExtension().lastPathComponent)
        }
        return Pages(library: library)
    }

    /// A page: `template` rendered with `values`, in the layout, as an HTML response.
    func page(
        _ template: String, title: String, person: SignedInPerson?, values: [String: Any] = [:],
        status: HTTPResponse.Status = .ok, stylesheet: String? = nil
    ) -> Response {
        var values = values
        if let person { values["csrf"] = person.csrfToken }
        let content = library.render(values, withTemplate: template) ?? ""
        var layout: [String: Any] = ["title": title, "content": content]
        if let stylesheet { layout["stylesheet"] = stylesheet }
        if let person {
            layout["person"] = ["login": person.login, "roleLabel": person.role.label, "csrf": person.csrfToken]
            layout["menu"] = Menu.entries(for: person.role).map { ["href": $0.href, "label": $0.label] }
        }
        let html = library.render(layout, withTemplate: "layout") ?? ""
        return Self.html(html, status: status)
    }

    /// The French page of `error`.
    func errorPage(_ error: PageError, person: SignedInPerson?) -> Response {
        switch error {
        case .notFound:
            return page(
                "erreur", title: "Page introuvable", person: person,
                values: [
                    "heading": "Page introuvable",
                    "message": "Cette page n'existe pas, ou votre compte n'y a pas accès.",
                ], status: .notFound)
        case .forbidden(let reason):
            return page(
                "erreur", title: "Action refusée", person: person,
                values: [
                    "heading": "Action refusée", "message": reason,
                ], status: .forbidden)
        case .databaseUnavailable:
            return page(
                "erreur", title: "Base de données indisponible", person: nil,
                values: [
                    "heading": "Base de données indisponible",
                    "message":
                        "La base de données ne répond pas pour le moment. Réessayez dans quelques instants ; rien n'a été enregistré.",
                ], status: .serviceUnavailable)
        case .signInRequired:
            return Self.redirect(to: "/connexion")
        }
    }

    /// The page for an unexpected failure (500), without its details.
    func internalErrorPage(person: SignedInPerson?) -> Response {
        page(
            "erreur", title: "Erreur interne", person: person,
            values: [
                "heading": "Erreur interne",
                "message":
                    "Le serveur n'a pas pu traiter la demande. L'équipe informatique du GIP peut consulter son journal.",
            ], status: .internalServerError)
    }

    static func html(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    /// A « 303 See Other » to `location` (after a form, or to the sign-in page).
    static func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}

/// The templates' escaping: the project's byte-wise ``HTMLText/escape(_:)`` instead of
/// swift-mustache's, which compares characters and so leaves a quote followed by a combining
/// mark (`"\u{0338}`) unescaped, and which perf showed at a fifth of the week page's time.
struct EscapedHTML: MustacheContentType {
    static let name = "MASANTE_HTML"

    func escapeText(_ text: String) -> String { HTMLText.escape(text) }
}
