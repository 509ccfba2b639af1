import Foundation
import Hummingbird
import MaSante
import MaSanteApp
import MaSanteStore

/// Adding, changing (day, hours, person, activity) and deleting one shift by form. Each accepted POST redirects to the week
/// (Post/Redirect/Get), whose findings are then read anew; a refused one shows the form again
/// with a French message beside each field, and nothing is written (the use case's transaction
/// rolls back). A published week asks for a « motif ».
struct ManagerShiftRoutes {
    let routes: ManagerRoutes

    func add(to router: Router<WebContext>) {
        router.post("/planning/{centre}/{semaine}/services") { _, context -> Response in
            let person = try context.require(.responsable)
            return try await addShift(
                person: person, address: ManagerWeekAddress.from(context), form: ManagerShiftForm(context.form))
        }
        router.get("/planning/{centre}/{semaine}/services/{service}") { _, context -> Response in
            let person = try context.require(.responsable)
            let address = try ManagerWeekAddress.from(context)
            let view = try await routes.week(person: person, address: address)
            let (shift, row) = try Self.shift(context, in: view)
            return try shiftPage(
                person: person, view: view, address: address, shift: shift,
                form: ManagerShiftForm(shift: shift, person: row.reference))
        }
        router.post("/planning/{centre}/{semaine}/services/{service}") { _, context -> Response in
            let person = try context.require(.responsable)
            return try await changeShift(person: person, context: context)
        }
        router.post("/planning/{centre}/{semaine}/services/{service}/supprimer") { _, context -> Response in
            let person = try context.require(.responsable)
            return try await deleteShift(person: person, context: context)
        }
    }

    /// The shift the route's `{service}` names, among the week's; 404 otherwise (another
    /// centre's or week's shift is not reachable through this week's address).
    static func shift(_ context: WebContext, in view: WeekView) throws(PageError) -> (Shift, WeekViewRow) {
        guard let text = context.parameters.get("service"), let id = UUID(uuidString: text) else { throw .notFound }
        for row in view.rows {
            if let shift = row.shifts.first(where: { $0.id == id }) { return (shift, row) }
        }
        throw .notFound
    }

    private func addShift(
        person: SignedInPerson, address: ManagerWeekAddress, form: ManagerShiftForm
    ) async throws -> Response {
        let view = try await routes.week(person: person, address: address)
        let staff = view.rows.map(\.reference)
        let checked: ManagerShiftForm.Checked
        switch form.check(week: address.week, people: staff, published: view.status == .publiee) {
        case .failure(let errors):
            return try await routes.weekPage(
                person: person, address: address, form: form, errors: errors, status: .badRequest)
        case .success(let value):
            checked = value
        }
        let login = person.login
        do {
            try await routes.pool.run(as: login) { session in
                let centre = try address.centre(in: session)
                let record = PlanningRecord(
                    centre: centre.name, person: checked.person, day: checked.day, start: checked.start,
                    end: checked.end, activity: checked.activity, place: checked.place)
                _ = try AddShift(session).run(record, reason: checked.reason)
            }
        } catch {
            guard let errors = FieldErrors.refusal(error) else { throw error }
            return try await routes.weekPage(
                person: person, address: address, form: form, errors: errors, status: .unprocessableContent)
        }
        return Pages.redirect(to: address.path + "?fait=ajout")
    }

    private func changeShift(person: SignedInPerson, context: WebContext) async throws -> Response {
        let address = try ManagerWeekAddress.from(context)
        let view = try await routes.week(person: person, address: address)
        let (shift, row) = try Self.shift(context, in: view)
        var form = ManagerShiftForm(context.form)
        if context.form["activite"] == nil {
            form.activity = shift.activity.rawValue
            form.place = shift.place ?? ""
        }
        let checked: ManagerShiftForm.Checked
        switch form.check(week: address.week, people: view.rows.map(\.reference), published: view.status == .publiee) {
        case .failure(let errors):
            return try shiftPage(
                person: person, view: view, address: address, shift: shift, form: form, errors: errors,
                status: .badRequest)
        case .success(let value):
            checked = value
        }
        let request = MoveShift.Request(
            day: checked.day, start: checked.start, end: checked.end,
            person: checked.person == row.reference ? nil : checked.person, reason: checked.reason)
        let login = person.login
        do {
            _ = try await routes.pool.run(as: login) { session in
                _ = try address.centre(in: session)
                guard checked.activity == shift.activity && checked.place == shift.place else {
                    return try ChangeShiftActivity(session).run(
                        .id(shift.id), request, activity: checked.activity,
                        place: checked.place
                    ).edit.moved
                }
                return try MoveShift(session).run(.id(shift.id), request).edit.moved
            }
        } catch {
            guard let errors = FieldErrors.refusal(error) else { throw error }
            return try shiftPage(
                person: person, view: view, address: address, shift: shift, form: form, errors: errors,
                status: .unprocessableContent)
        }
        return Pages.redirect(to: address.path + "?fait=modification")
    }

    private func deleteShift(person: SignedInPerson, context: WebContext) async throws -> Response {
        let address = try ManagerWeekAddress.from(context)
        let view = try await routes.week(person: person, address: address)
        let (shift, row) = try Self.shift(context, in: view)
        let reason = context.form.trimmed("motif")
        var errors = FieldErrors()
        if view.status == .publiee && reason.isEmpty {
            errors["suppression-motif"] =
                "La semaine est publiée : indiquez le motif de la suppression, il sera inscrit dans son historique."
        }
        let form = ManagerShiftForm(shift: shift, person: row.reference)
        if !errors.isEmpty {
            return try shiftPage(
                person: person, view: view, address: address, shift: shift, form: form, errors: errors,
                deleteReason: reason, status: .badRequest)
        }
        let login = person.login
        do {
            _ = try await routes.pool.run(as: login) { session in
                _ = try address.centre(in: session)
                return try DeleteShifts(session).run(.id(shift.id), reason: reason.isEmpty ? nil : reason).removed
            }
        } catch {
            guard var refused = FieldErrors.refusal(error) else { throw error }
            refused.form = refused.form ?? "La suppression a été refusée."
            return try shiftPage(
                person: person, view: view, address: address, shift: shift, form: form, errors: refused,
                deleteReason: reason, status: .unprocessableContent)
        }
        return Pages.redirect(to: address.path + "?fait=suppression")
    }

    /// The page of one shift: the change form (day, hours, person) and the delete form.
    private func shiftPage(
        person: SignedInPerson, view: WeekView, address: ManagerWeekAddress, shift: Shift,
        form: ManagerShiftForm, errors: FieldErrors = FieldErrors(), deleteReason: String = "",
        status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let page = ManagerWeekPage(view: view, address: address)
        var values = form.values(week: view.week, people: page.people)
        values.merge(errors.values) { $1 }
        if let message = errors["suppression-motif"] { values["deleteReasonError"] = message }
        values["withPerson"] = true
        values["path"] = address.path
        values["action"] = "\(address.path)/services/\(shift.id.uuidString.lowercased())"
        values["activityLabel"] = shift.activity.label + (shift.place.map { " (\($0))" } ?? "")
        values["published"] = view.status == .publiee
        values["week"] = view.week.description
        values["centre"] = view.centreName
        values["deleteReason"] = deleteReason
        return routes.pages.page(
            "planning-service", title: "Modifier un service — \(view.centreName)", person: person,
            values: values, status: status, stylesheet: ManagerStylesheet.path)
    }
}
