import Foundation
import Hummingbird
import MaSante
import MaSanteApp
import MaSanteStore

/// « Importer un fichier CSV » (`/personnel/importer`): `ImportRegistry` on a people file or a
/// centres file, all or nothing, exactly as `masante personnel importer` and `masante centres
/// importer`.
///
/// The form is a plain `application/x-www-form-urlencoded` POST with the file's text in a
/// textarea (so the CSRF check reads it like every other form, and it works without
/// JavaScript: paste the file). `Static/rh-import.js` adds a file field that reads the chosen
/// file into the textarea (UTF-8, else Windows-1252, as the CLI reads files). A refused file
/// shows every problem with its line and column in the CLI's words, nothing written; an
/// accepted one redirects to the summary (created, updated, unchanged), or, when the import has
/// warnings (« Attention : » on the CLI's stderr, e.g. a département outside Occitanie), shows
/// the summary and the warnings in the answer itself: they hold the file's data, which an
/// address (and so the server's and the proxy's logs) must not carry.
struct HRImportRoutes {
    let pages: Pages
    let pool: DatabasePool

    /// What the messages call the text sent (the CLI names the file's path).
    static let inputName = "fichier envoyé"

    func add(to router: Router<WebContext>) {
        router.get("/personnel/importer") { request, context -> Response in
            let person = try context.require(.rh, .admin)
            let query = FormFields(urlEncoded: request.uri.query ?? "")
            let kind = HRImportKind(query["type"])
            guard let lines = query["lignes"].flatMap(Int.init), let created = query["crees"].flatMap(Int.init),
                let updated = query["maj"].flatMap(Int.init), let unchanged = query["inchanges"].flatMap(Int.init)
            else {
                return page(person: person, kind: kind, values: [:])
            }
            var summary = ImportSummary()
            (summary.lines, summary.created, summary.updated, summary.unchanged) = (lines, created, updated, unchanged)
            return page(person: person, kind: kind, values: Self.values(summary, kind: kind))
        }
        router.post("/personnel/importer") { _, context -> Response in
            let person = try context.require(.rh, .admin)
            return try await importFile(
                person: person, kind: HRImportKind(context.form["type"]), text: context.form["contenu"] ?? "")
        }
    }

    private func page(
        person: SignedInPerson, kind: HRImportKind, values: [String: Any], status: HTTPResponse.Status = .ok
    ) -> Response {
        var values = values
        values["kinds"] = HRImportKind.allCases.map {
            [
                "value": $0.rawValue, "label": $0.label, "selected": $0 == kind,
                "columns": $0.columns.joined(separator: ";"),
            ]
        }
        return pages.page("rh-import", title: "Importer un fichier", person: person, values: values, status: status)
    }

    /// The summary in the CLI's words, and each warning as the CLI prints it (« Attention : … »).
    static func values(_ summary: ImportSummary, kind: HRImportKind) -> [String: Any] {
        [
            "summary": "Import des \(kind.what) terminé — \(summary.french).",
            "warnings": summary.warnings.map { "Attention : \($0.description)" },
            "hasWarnings": !summary.warnings.isEmpty,
        ]
    }

    private func importFile(person: SignedInPerson, kind: HRImportKind, text: String) async throws -> Response {
        let problems: [String]
        do {
            let data = Data(text.utf8)
            _ = try CSVInput.data(data, name: Self.inputName) // an unreadable text is refused before any connection
            let login = person.login
            let summary = try await pool.run(as: login) { session in
                try ImportRegistry(session).run(kind.registryKind, from: try CSVInput.data(data, name: Self.inputName))
            }
            guard summary.warnings.isEmpty else {
                return page(person: person, kind: kind, values: Self.values(summary, kind: kind))
            }
            return Pages.redirect(
                to: "/personnel/importer?type=\(kind.rawValue)&lignes=\(summary.lines)&crees=\(summary.created)"
                    + "&maj=\(summary.updated)&inchanges=\(summary.unchanged)")
        } catch let rejected as ImportRejected {
            problems = rejected.description.components(separatedBy: "\n")
        } catch let error as CSVError {
            problems = [error.description, "Rien n'a été enregistré."]
        } catch let error as RegistryError {
            problems = error.description.components(separatedBy: "\n")
        }
        // The CLI's lines: each problem (« ligne 3, colonne rpps : … »), then the verdict.
        return page(
            person: person, kind: kind,
            values: [
                "contenu": text, "hasProblems": true, "problems": Array(problems.dropLast()),
                "verdict": problems.last ?? "",
            ], status: .badRequest)
    }
}
