import Foundation
import Hummingbird
import MaSante
import MaSanteApp
import MaSanteStore

/// A person's page (`/personnel/{n°}`) and its forms: move to another recruitment stage, record
/// a departure or a long absence, change a share, a centre or the contract (`HRContractRoutes`),
/// tick an item of the welcome checklist (HR, and a manager for the items in their charge). HR and the administrators read and change it; a manager reads the page of their
/// centres' staff only (row-level security: anyone else is « introuvable »); the Region gets
/// « introuvable ». Each form posts, then redirects to the page (Post/Redirect/Get); a refused
/// form comes back with the use case's French message beside the field, nothing written.
struct HRPersonRoutes {
    let pages: Pages
    let pool: DatabasePool

    /// The confirmations a page shows after a form, by the `fait` of its address.
    static let confirmations = [
        "etape": "L'étape a été enregistrée.", "depart": "Le départ a été enregistré.",
        "candidat": "Le candidat a été enregistré à l'étape « candidat ».", "embauche": "L'embauche a été enregistrée.",
        "absence": "L'absence longue a été enregistrée.", "accueil": "L'élément d'accueil a été enregistré.",
        "affectation": "L'affectation a été enregistrée.", "mutation": "La mutation a été enregistrée.",
        "mutation-services":
            "La mutation a été enregistrée. Attention : des services restent planifiés dans le centre quitté à partir "
            + "de cette date ; son responsable doit les retirer.",
        "avenant": "L'avenant a été enregistré.",
    ]

    func add(to router: Router<WebContext>) {
        router.get("/personnel/:id") { request, context -> Response in
            let person = try context.require(.rh, .admin, .responsable)
            let done = request.uri.queryParameters["fait"].flatMap { Self.confirmations[String($0)] }
            return try await page(person: person, id: try Self.id(context)) { $0.values(done: done) }
        }
        router.post("/personnel/:id/etape") { _, context -> Response in
            let person = try context.require(.rh, .admin)
            return try await moveStage(person: person, id: try Self.id(context), form: context.form)
        }
        router.post("/personnel/:id/depart") { _, context -> Response in
            let person = try context.require(.rh, .admin)
            return try await recordDeparture(person: person, id: try Self.id(context), form: context.form)
        }
        router.post("/personnel/:id/absence") { _, context -> Response in
            let person = try context.require(.rh, .admin)
            return try await recordAbsence(person: person, id: try Self.id(context), form: context.form)
        }
        router.post("/personnel/:id/accueil") { _, context -> Response in
            let person = try context.require(.rh, .admin, .responsable)
            return try await tickWelcome(person: person, id: try Self.id(context), form: context.form)
        }
        addContractForms(to: router)
    }

    /// The person's number in the address; anything else is « introuvable ».
    static func id(_ context: WebContext) throws -> Int {
        guard let id = context.parameters.get("id", as: Int.self), id > 0 else { throw PageError.notFound }
        return id
    }

    private func moveStage(person: SignedInPerson, id: Int, form: FormFields) async throws -> Response {
        var errors = HRFormErrors()
        let stage = errors.parse("etape", form["etape"] ?? "", RecruitmentStage.parse)
        let date = errors.parse("date", form["date"] ?? "", CalendarDate.parse)
        var action: FormAction?
        if let stage, let date {
            let note = form.optional("note")
            action = { session in
                let request = try MoveRecruitmentStage.Request(person: "n°\(id)", stage: stage, date: date, note: note)
                _ = try MoveRecruitmentStage(session).run(request)
                return "etape"
            }
        }
        return try await submit(person: person, id: id, errors: errors, action) {
            $0.values(stageForm: form, stageErrors: $1)
        }
    }

    private func recordDeparture(person: SignedInPerson, id: Int, form: FormFields) async throws -> Response {
        var errors = HRFormErrors()
        var action: FormAction?
        if let date = errors.parse("date_depart", form["date_depart"] ?? "", CalendarDate.parse) {
            let reason = form.optional("motif")
            action = { session in
                _ = try RecordDeparture(session).run(
                    try RecordDeparture.Request(person: "n°\(id)", date: date, reason: reason))
                return "depart"
            }
        }
        return try await submit(person: person, id: id, errors: errors, action) {
            $0.values(departureForm: form, departureErrors: $1)
        }
    }

    private func recordAbsence(person: SignedInPerson, id: Int, form: FormFields) async throws -> Response {
        var errors = HRFormErrors()
        let kind = errors.parse("type_absence", form["type_absence"] ?? "", LongAbsenceKind.parse)
        let first = errors.parse("absence_du", form["absence_du"] ?? "", CalendarDate.parse)
        let last = form.optional("absence_au").flatMap { errors.parse("absence_au", $0, CalendarDate.parse) }
        var action: FormAction?
        if let kind, let first {
            let note = form.optional("absence_motif")
            action = { session in
                let request = try RecordLongAbsence.Request(
                    person: "n°\(id)", kind: kind, first: first, last: last, note: note)
                _ = try RecordLongAbsence(session).run(request)
                return "absence"
            }
        }
        return try await submit(
            person: person, id: id, errors: errors,
            fields: ["au": "absence_au", "motif": "absence_motif"], action
        ) { $0.values(absenceForm: form, absenceErrors: $1) }
    }

    private func tickWelcome(person: SignedInPerson, id: Int, form: FormFields) async throws -> Response {
        var errors = HRFormErrors()
        let status = errors.parse("accueil_statut", form["accueil_statut"] ?? "", WelcomeStatus.parse)
        let day = form.optional("accueil_le").flatMap { errors.parse("accueil_le", $0, CalendarDate.parse) }
        let item = form.optional("accueil_element")
        if item == nil { errors.add("choisissez un élément", field: "accueil_element") }
        var action: FormAction?
        if let status, let item {
            let note = form.optional("accueil_note")
            action = { session in
                let request = try RecruitWelcome.Tick(
                    person: "n°\(id)", item: item, status: status, day: day, note: note)
                _ = try RecruitWelcome(session).tick(request)
                return "accueil#accueil"
            }
        }
        return try await submit(
            person: person, id: id, errors: errors,
            fields: ["le": "accueil_le", "note": "accueil_note"], action
        ) { $0.values(welcomeForm: form, welcomeErrors: $1) }
    }

    /// Runs a form's use case under the reader's role once its fields parse (`action`): back to
    /// the page with the confirmation it names (Post/Redirect/Get), else the page again with the
    /// form as typed (`again`, or `contractForm` for a contract form) and the refusal beside its
    /// field (`fields` renames a use case's field to the form's).
    func submit(
        person: SignedInPerson, id: Int, errors parsed: HRFormErrors, fields: [String: String] = [:],
        contractForm: (form: HRContractForm, typed: FormFields)? = nil, _ action: FormAction?,
        again: @escaping (HRPersonPage, HRFormErrors) -> [String: Any] = { page, _ in page.values() }
    ) async throws -> Response {
        var errors = parsed
        if errors.isEmpty, let action {
            do {
                let done = try await pool.run(as: person.login) { session in try action(session) }
                return Pages.redirect(to: "/personnel/\(id)?fait=\(done)")
            } catch {
                var refusal = HRFormErrors()
                try Self.refusal(error, into: &refusal)
                errors = refusal.renamed(fields)
            }
        }
        let refused = contractForm.map { (form: $0.form, typed: $0.typed, errors: errors) }
        return try await page(person: person, id: id, status: .badRequest, refused: refused) { again($0, errors) }
    }

    /// A form's use case, run under the reader's role once the form's fields parse; it returns
    /// the confirmation to show (a key of ``confirmations``).
    typealias FormAction = @Sendable (Session) throws -> String

    /// A person the role cannot see is « introuvable »; a refusal of the registry goes beside
    /// its field; any other failure goes on to the error pages.
    static func refusal(_ error: any Error, into errors: inout HRFormErrors) throws {
        if case StoreError.notFound = error { throw PageError.notFound }
        guard errors.take(error) else { throw error }
    }

    /// The person's page, read under the reader's role, with `values` from its view.
    func page(
        person: SignedInPerson, id: Int, status: HTTPResponse.Status = .ok,
        refused: (form: HRContractForm, typed: FormFields, errors: HRFormErrors)? = nil,
        _ values: (HRPersonPage) -> [String: Any]
    ) async throws -> Response {
        let login = person.login
        let canEdit = person.role == .rh || person.role == .admin
        let (file, centres, absences, welcome, allCentres, versions):
            (PersonFile, [Int: String], [LongAbsence], WelcomeChecklist?, [String], [ContractVersion])
        do {
            (file, centres, absences, welcome, allCentres, versions) = try await pool.run(as: login) { session in
                let file = try ReadPersonFile(session).run(person: "n°\(id)")
                var centres: [Int: String] = [:]
                for name in Set(file.assignments.map(\.centre)) {
                    if let centre = try? PlanningQueries(session).centre(named: name) {
                        centres[centre.id] = centre.name
                    }
                }
                return (
                    file, centres, try RecordLongAbsence(session).absences(of: file.person),
                    try WelcomeQueries(session).checklist(of: file.person),
                    canEdit ? try CentreQueries(session).names() : [],
                    try AmendContract(session).versions(person: "n°\(id)").1
                )
            }
        } catch StoreError.notFound {
            throw PageError.notFound
        }
        let view = HRPersonPage(
            file: file, centres: centres, absences: absences, canEdit: canEdit, welcome: welcome,
            isManager: person.role == .responsable, versions: versions)
        return pages.page(
            "rh-personne", title: "\(file.person.lastName) \(file.person.firstName)", person: person,
            values: values(view).merging(view.contractFormValues(centres: allCentres, refused: refused)) { $1 },
            status: status)
    }
}
