import Foundation
import Hummingbird
import MaSante
import MaSanteApp
import MaSanteStore

/// « Importer un fichier CSV » (`/personnel/importer`): `ImportRegistry` on a people file, all
/// or nothing, exactly as `masante personnel importer`.
///
/// The form is a plain `application/x-www-form-urlencoded` POST with the file's text in a
/// textarea (so the CSRF check reads it like every other form, and it works without
/// JavaScript: paste the file). `Static/rh-import.js` adds a file field that reads the chosen
/// file into the textarea (UTF-8, else Windows-1252, as the CLI reads files). A refused file
/// shows every problem with its line and column in the CLI's words, nothing written; an
/// accepted one redirects to the summary (created, updated, unchanged).
struct HRImportRoutes {
    let pages: Pages
    let pool: DatabasePool

    /// What the messages call the text sent (the CLI names the file's path).
    static let inputName = "fichier envoyé"

    func add(to router: Router<WebContext>) {
        router.get("/personnel/importer") { request, context -> Response in
            let person = try context.require(.rh, .admin)
            let query = FormFields(urlEncoded: request.uri.query ?? "")
            var values: [String: Any] = [:]
            if let lines = query["lignes"].flatMap(Int.init), let created = query["crees"].flatMap(Int.init),
               let updated = query["maj"].flatMap(Int.init), let unchanged = query["inchanges"].flatMap(Int.init) {
                var summary = ImportSummary()
                (summary.lines, summary.created, summary.updated, summary.unchanged) = (lines, created, updated, unchanged)
                values["summary"] = "Import des personnels terminé — \(summary.french)."
            }
            return page(person: person, values: values)
        }
        router.post("/personnel/importer") { _, context -> Response in
            let person = try context.require(.rh, .admin)
            return try await importFile(person: person, text: context.form["contenu"] ?? "")
        }
    }

    private func page(person: SignedInPerson, values: [String: Any], status: HTTPResponse.Status = .ok) -> Response {
        var values = values
        values["columns"] = PeopleQueries.csvColumns.joined(separator: ";")
        return pages.page("rh-import", title: "Importer le personnel", person: person, values: values, status: status)
    }

    private func importFile(person: SignedInPerson, text: String) async throws -> Response {
        let problems: [String]
        do {
            let data = Data(text.utf8)
            _ = try CSVInput.data(data, name: Self.inputName) // an unreadable text is refused before any connection
            let login = person.login
            let summary = try await pool.run(as: login) { session in
                try ImportRegistry(session).run(.people, from: try CSVInput.data(data, name: Self.inputName))
            }
            return Pages.redirect(to: "/personnel/importer?lignes=\(summary.lines)&crees=\(summary.created)"
                                  + "&maj=\(summary.updated)&inchanges=\(summary.unchanged)")
        } catch let rejected as ImportRejected {
            problems = rejected.description.components(separatedBy: "\n")
        } catch let error as CSVError {
            problems = [error.description, "Rien n'a été enregistré."]
        } catch let error as RegistryError {
            problems = error.description.components(separatedBy: "\n")
        }
        // The CLI's lines: each problem (« ligne 3, colonne rpps : … »), then the verdict.
        return page(person: person, values: [
            "contenu": text, "hasProblems": true, "problems": Array(problems.dropLast()), "verdict": problems.last ?? "",
        ], status: .badRequest)
    }
}
