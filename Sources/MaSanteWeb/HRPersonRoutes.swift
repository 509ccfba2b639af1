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
        if errors.isEmpty, let stage, let date {
            do {
                let request = try MoveRecruitmentStage.Request(
                    person: "n°\(id)", stage: stage, date: date, note: form.optional("note"))
                let login = person.login
                _ = try await pool.run(as: login) { session in try MoveRecruitmentStage(session).run(request) }
                return Pages.redirect(to: "/personnel/\(id)?fait=etape")
            } catch {
                try Self.refusal(error, into: &errors)
            }
        }
        return try await page(person: person, id: id, status: .badRequest) {
            $0.values(stageForm: form, stageErrors: errors)
        }
    }

    private func recordDeparture(person: SignedInPerson, id: Int, form: FormFields) async throws -> Response {
        var errors = HRFormErrors()
        let date = errors.parse("date_depart", form["date_depart"] ?? "", CalendarDate.parse)
        if errors.isEmpty, let date {
            do {
                let request = try RecordDeparture.Request(person: "n°\(id)", date: date, reason: form.optional("motif"))
                let login = person.login
                _ = try await pool.run(as: login) { session in try RecordDeparture(session).run(request) }
                return Pages.redirect(to: "/personnel/\(id)?fait=depart")
            } catch {
                try Self.refusal(error, into: &errors)
            }
        }
        return try await page(person: person, id: id, status: .badRequest) {
            $0.values(departureForm: form, departureErrors: errors)
        }
    }

    private func recordAbsence(person: SignedInPerson, id: Int, form: FormFields) async throws -> Response {
        var errors = HRFormErrors()
        let kind = errors.parse("type_absence", form["type_absence"] ?? "", LongAbsenceKind.parse)
        let first = errors.parse("absence_du", form["absence_du"] ?? "", CalendarDate.parse)
        let last = form.optional("absence_au").flatMap { errors.parse("absence_au", $0, CalendarDate.parse) }
        if errors.isEmpty, let kind, let first {
            do {
                let request = try RecordLongAbsence.Request(
                    person: "n°\(id)", kind: kind, first: first, last: last, note: form.optional("absence_motif"))
                let login = person.login
                _ = try await pool.run(as: login) { session in try RecordLongAbsence(session).run(request) }
                return Pages.redirect(to: "/personnel/\(id)?fait=absence")
            } catch RegistryError.fieldRefused(let field, let message) {
                errors.add(message, field: field == "au" ? "absence_au" : "absence_motif")
            } catch {
                try Self.refusal(error, into: &errors)
            }
        }
        return try await page(person: person, id: id, status: .badRequest) {
            $0.values(absenceForm: form, absenceErrors: errors)
        }
    }

    private func tickWelcome(person: SignedInPerson, id: Int, form: FormFields) async throws -> Response {
        var errors = HRFormErrors()
        let status = errors.parse("accueil_statut", form["accueil_statut"] ?? "", WelcomeStatus.parse)
        let day = form.optional("accueil_le").flatMap { errors.parse("accueil_le", $0, CalendarDate.parse) }
        let item = form.optional("accueil_element")
        if item == nil { errors.add("choisissez un élément", field: "accueil_element") }
        if errors.isEmpty, let status, let item {
            do {
                let request = try RecruitWelcome.Tick(
                    person: "n°\(id)", item: item, status: status, day: day, note: form.optional("accueil_note"))
                let login = person.login
                _ = try await pool.run(as: login) { session in try RecruitWelcome(session).tick(request) }
                return Pages.redirect(to: "/personnel/\(id)?fait=accueil#accueil")
            } catch RegistryError.fieldRefused(let field, let message) {
                errors.add(message, field: "accueil_\(field)")
            } catch let failure as UserFailure {
                errors.add(failure.message)
            } catch {
                try Self.refusal(error, into: &errors)
            }
        }
        return try await page(person: person, id: id, status: .badRequest) {
            $0.values(welcomeForm: form, welcomeErrors: errors)
        }
    }

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
