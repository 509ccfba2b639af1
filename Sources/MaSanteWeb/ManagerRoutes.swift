import Foundation
import Hummingbird
import MaSante
import MaSanteApp
import MaSanteStore

/// The centre managers' pages: their centres (`/centres`, their home page), then a centre's week (`/planning/{centre}/{semaine}`)
/// with its grid and findings; the forms of the week live in ``ManagerShiftRoutes``,
/// ``ManagerProposalRoutes`` and ``ManagerWeekActions``. Every page reads and writes under the
/// manager's role, through the use cases of the CLI's `planning` commands.
struct ManagerRoutes {
    let pages: Pages
    let pool: DatabasePool

    func add(to router: Router<WebContext>) {
        router.get("/centres") { _, context -> Response in
            let person = try context.require(.responsable)
            let login = person.login
            let centres = try await pool.run(as: login) { session in try MyCentres(session).list() }
            let week = ISOWeek(containing: CalendarDate.today())
            return pages.page(
                "planning-centres", title: "Mes centres", person: person,
                values: [
                    "centres": centres.map { ["name": $0.name, "href": "/planning/\($0.id)/\(week)"] },
                    "none": centres.isEmpty, "week": week.description,
                ])
        }
        router.get("/planning") { _, context -> Response in
            _ = try context.require(.responsable)
            return Pages.redirect(to: "/centres")
        }
        router.get("/static/planning.css") { _, _ -> Response in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: ManagerStylesheet.css)))
        }
        router.get("/planning/{centre}") { _, context -> Response in
            _ = try context.require(.responsable)
            guard let centre = context.parameters.get("centre", as: Int.self) else { throw PageError.notFound }
            return Pages.redirect(to: "/planning/\(centre)/\(ISOWeek(containing: CalendarDate.today()))")
        }
        router.get("/planning/{centre}/{semaine}") { request, context -> Response in
            let person = try context.require(.responsable)
            let address = try ManagerWeekAddress.from(context)
            let done = request.uri.queryParameters["fait"].map(String.init)
            return try await weekPage(
                person: person, address: address, notice: done.flatMap { ManagerWeekPage.notices[$0] })
        }
        ManagerShiftRoutes(routes: self).add(to: router)
        ManagerProposalRoutes(routes: self).add(to: router)
        ManagerWeekActions(routes: self).add(to: router)
        ManagerCopyRoutes(routes: self).add(to: router)
    }

    /// The week page, with the centre's templates to copy; with the add (or absence) form as typed and its refusals when it comes back refused.
    /// `extra` holds the copy and template forms as typed.
    func weekPage(
        person: SignedInPerson, address: ManagerWeekAddress, form: ManagerShiftForm = ManagerShiftForm(),
        absence: ManagerAbsenceForm = ManagerAbsenceForm(), errors: FieldErrors = FieldErrors(),
        extra: [String: Any] = [:], notice: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let login = person.login
        let (view, templates) = try await pool.run(as: login) { session in
            let centre = try address.centre(in: session)
            return (
                try ShowWeek(session).run(centre: centre, week: address.week),
                try WeekTemplates(session).list(centre: centre)
            )
        }
        let page = ManagerWeekPage(view: view, address: address)
        var values = page.values
        values.merge(form.values(week: view.week, people: page.people)) { $1 }
        values.merge(absence.values(week: view.week, people: page.people)) { $1 }
        values.merge(extra) { $1 }
        values["copySources"] = ManagerCopyRoutes.sources(
            week: view.week, templates: templates,
            chosen: extra["copieChoisie"] as? String ?? "")
        values.merge(errors.values) { $1 }
        values["withPerson"] = true
        if let notice { values["notice"] = notice }
        return pages.page(
            "planning-semaine", title: "\(view.centreName) — semaine \(view.week)", person: person,
            values: values, status: status, stylesheet: ManagerStylesheet.path)
    }

    /// The week, read under the manager's role; 404 for a centre they do not run.
    func week(person: SignedInPerson, address: ManagerWeekAddress) async throws -> WeekView {
        let login = person.login
        return try await pool.run(as: login) { session in
            try ShowWeek(session).run(centre: address.centre(in: session), week: address.week)
        }
    }
}
