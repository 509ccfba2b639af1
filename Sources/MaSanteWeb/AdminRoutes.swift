import Foundation
import Hummingbird
import MaSante
import MaSanteStore

/// The administrators' pages: the logins of this database (``AdminUserRoutes``) and the audit
/// trail with its filters (as `masante audit`).
struct AdminRoutes {
    let pages: Pages
    let pool: DatabasePool

    func add(to router: Router<WebContext>) {
        AdminUserRoutes(pages: pages, pool: pool).add(to: router)
        router.get("/admin/journal") { request, context -> Response in
            let person = try context.require(.admin)
            return try await auditPage(person: person, query: request.uri.queryParameters)
        }
    }

    private func auditPage(person: SignedInPerson, query: Parameters) async throws -> Response {
        let sinceText = query["depuis"].map(String.init) ?? ""
        let table = query["table"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        let who = query["qui"].map(String.init).flatMap { $0.isEmpty ? nil : $0.lowercased() }
        var values: [String: Any] = [
            "depuis": sinceText, "qui": who ?? "",
            "tables": AuditTrail.auditedTables.map { ["name": $0, "selected": $0 == table] },
        ]
        var since = CalendarDate.today()
        if !sinceText.isEmpty {
            do {
                since = try CalendarDate.parse(sinceText)
            } catch {
                values["depuisError"] = RegionRoutes.sentence(error.description)
                return pages.page(
                    "journal", title: "Journal d'audit", person: person, values: values, status: .badRequest)
            }
        }
        if let table, AuditTrail.problem(withTable: table) != nil {
            values["tableError"] = "Choisissez une table de la liste."
            return pages.page("journal", title: "Journal d'audit", person: person, values: values, status: .badRequest)
        }
        let start = since.startInParis
        let login = person.login
        let entries = try await pool.run(as: login) { session in
            try AuditTrail(session).entries(since: start, table: table, login: who, limit: 500)
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "fr_FR")
        formatter.timeZone = TimeZone(identifier: "Europe/Paris")
        formatter.dateFormat = "dd/MM/yyyy HH:mm:ss"
        values["entries"] = entries.map { entry in
            [
                "at": formatter.string(from: entry.changedAt), "login": entry.login, "table": entry.table,
                "operation": entry.operationLabel, "key": entry.rowKey,
                "changes": entry.changes.joined(separator: " ; "),
            ]
        }
        values["none"] = entries.isEmpty
        values["since"] = since.french
        return pages.page("journal", title: "Journal d'audit", person: person, values: values)
    }
}
