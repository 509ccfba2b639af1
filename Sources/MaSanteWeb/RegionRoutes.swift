import Foundation
import Hummingbird
import MaSante
import MaSanteReports
import MaSanteStore

/// The Region's page: the progress report as of a date (the document of `masante rapport
/// progression --format html`), its CSV and JSON, and the goal form.
struct RegionRoutes {
    let pages: Pages
    let pool: DatabasePool

    func add(to router: Router<WebContext>) {
        router.get("/region/rapport") { request, context -> Response in
            let person = try context.require(.region, .rh, .admin)
            let query = request.uri.queryParameters
            return try await reportPage(person: person, dateText: query["au"].map(String.init))
        }
        router.get("/region/rapport.csv") { request, context -> Response in
            let person = try context.require(.region, .rh, .admin)
            return try await download(person: person, request: request, format: "csv")
        }
        router.get("/region/rapport.json") { request, context -> Response in
            let person = try context.require(.region, .rh, .admin)
            return try await download(person: person, request: request, format: "json")
        }
        router.get("/region/rapport.css") { request, context -> Response in
            _ = try context.require(.region, .rh, .admin)
            let date = (try? Self.date(request.uri.queryParameters["au"].map(String.init))) ?? CalendarDate.today()
            return DocumentResponse.file(ProgressReportHTML.stylesheet(asOf: date), type: DocumentResponse.css)
        }
        router.post("/region/objectif") { _, context -> Response in
            let person = try context.require(.region, .admin)
            return try await changeGoal(person: person, form: context.form)
        }
    }

    /// The date of the `au` field: today when empty; a French message when unreadable or future.
    static func date(_ text: String?) throws(FieldError) -> CalendarDate {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return CalendarDate.today() }
        let date = try CalendarDate.parse(text)
        guard date <= CalendarDate.today() else {
            throw FieldError(
                "le \(date.french) est dans le futur : un rapport décrit ce qui s'est passé jusqu'à une date passée ou aujourd'hui"
            )
        }
        return date
    }

    private func reportPage(
        person: SignedInPerson, dateText: String?, goalErrors: [String: String] = [:],
        goalValues: [String: String] = [:]
    ) async throws -> Response {
        var values: [String: Any] = ["au": dateText ?? "", "canSetGoal": person.role != .rh]
        let date: CalendarDate
        do {
            date = try Self.date(dateText)
        } catch {
            values["dateError"] = Self.sentence(error.description)
            return pages.page(
                "rapport", title: "Rapport d'avancement", person: person, values: values, status: .badRequest)
        }
        let login = person.login
        let report = try await pool.run(as: login) { session in try ProgressQueries(session).report(asOf: date) }
        let html = ProgressReportHTML(report: report)
        values["au"] = date.description
        values["query"] = "au=\(date.description)"
        values["reportBody"] = html.body
        values["cible"] = goalValues["cible"] ?? String(report.goal)
        values["echeance"] = goalValues["echeance"] ?? report.deadline.description
        for (field, message) in goalErrors { values["\(field)Error"] = message }
        return pages.page(
            "rapport", title: html.title, person: person, values: values,
            status: goalErrors.isEmpty ? .ok : .badRequest,
            stylesheet: "/region/rapport.css?au=\(date.description)")
    }

    private func download(person: SignedInPerson, request: Request, format: String) async throws -> Response {
        let date: CalendarDate
        do {
            date = try Self.date(request.uri.queryParameters["au"].map(String.init))
        } catch {
            throw PageError.notFound
        }
        let login = person.login
        let report = try await pool.run(as: login) { session in try ProgressQueries(session).report(asOf: date) }
        let text = ProgressReportText(report: report)
        return DocumentResponse.attachment(
            format == "csv" ? text.csv : text.json, format: format, name: "rapport-avancement-\(date.description)")
    }

    private func changeGoal(person: SignedInPerson, form: FormFields) async throws -> Response {
        let targetText = (form["cible"] ?? "").trimmingCharacters(in: .whitespaces)
        let deadlineText = form["echeance"] ?? ""
        var errors: [String: String] = [:]
        let target = Int(targetText)
        if target == nil || target! <= 0 {
            errors["cible"] = "Saisissez un nombre entier positif de professionnels (par exemple 200)."
        }
        var deadline: CalendarDate?
        do {
            deadline = try CalendarDate.parse(deadlineText)
        } catch {
            errors["echeance"] = Self.sentence(error.description)
        }
        guard errors.isEmpty, let target, let deadline else {
            return try await reportPage(
                person: person, dateText: form["au"], goalErrors: errors,
                goalValues: ["cible": targetText, "echeance": deadlineText])
        }
        let login = person.login
        try await pool.run(as: login) { session in
            try ProgressQueries(session).setGoal(target: target, deadline: deadline)
        }
        let au = (try? Self.date(form["au"]))?.description ?? CalendarDate.today().description
        return Pages.redirect(to: "/region/rapport?au=\(au)")
    }

    /// A message of the domain as a sentence: capital first letter, final period.
    static func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst() + (text.hasSuffix(".") ? "" : ".")
    }
}
