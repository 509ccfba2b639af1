import Foundation
import Hummingbird
import MaSante
import MaSanteApp
import MaSanteStore

/// The routes of a person's contract forms (HR and administrators): POST
/// `/personnel/{n°}/affectation`, `/mutation` and `/avenant`, each running the use case the CLI
/// runs under the reader's own role, then back to the page; a refused form comes back with its
/// French messages beside the fields, nothing written.
extension HRPersonRoutes {
    func addContractForms(to router: Router<WebContext>) {
        for form in HRContractForm.allCases {
            router.post("/personnel/:id/\(form.rawValue)") { _, context -> Response in
                let person = try context.require(.rh, .admin)
                return try await submit(form, person: person, id: try Self.id(context), typed: context.form)
            }
        }
    }

    private func submit(
        _ form: HRContractForm, person: SignedInPerson, id: Int, typed: FormFields
    ) async throws -> Response {
        var errors = HRFormErrors()
        let action = Self.action(form, person: "n°\(id)", typed: typed, errors: &errors)
        return try await submit(
            person: person, id: id, errors: errors, fields: form.fieldNames, contractForm: (form, typed), action)
    }

    /// The use case the form asks for, once its fields parse (else their messages, and nil); it
    /// returns the confirmation to show.
    private static func action(
        _ form: HRContractForm, person: String, typed: FormFields, errors: inout HRFormErrors
    ) -> FormAction? {
        switch form {
        case .assignment:
            let centre = typed.optional("affectation_centre")
            if centre == nil { errors.add("choisissez un centre", field: "affectation_centre") }
            let share = errors.parse("quotite", typed["quotite"] ?? "", ContractShare.parse)
            let first = errors.parse("affectation_du", typed["affectation_du"] ?? "", CalendarDate.parse)
            let last = typed.optional("affectation_au").flatMap {
                errors.parse("affectation_au", $0, CalendarDate.parse)
            }
            guard errors.isEmpty, let centre, let share, let first else { return nil }
            return { session in
                _ = try AssignPerson(session).assign(
                    person: person, centre: centre, share: share, from: first, to: last)
                return "affectation"
            }
        case .move:
            let destination = typed.optional("vers")
            if destination == nil { errors.add("choisissez le centre d'arrivée", field: "vers") }
            let day = errors.parse("mutation_le", typed["mutation_le"] ?? "", CalendarDate.parse)
            guard errors.isEmpty, let destination, let day else { return nil }
            let origin = typed.optional("depuis")
            return { session in
                let move = try AssignPerson(session).move(person: person, to: destination, from: origin, on: day)
                return move.shiftsLeft > 0 ? "mutation-services" : "mutation"
            }
        case .amendment:
            let day = errors.parse("avenant_le", typed["avenant_le"] ?? "", CalendarDate.parse)
            let hours = typed.optional("heures-hebdo").flatMap {
                errors.parse("heures-hebdo", $0, FrenchNumber.parseDecimal)
            }
            let type = typed.optional("type-contrat").flatMap { errors.parse("type-contrat", $0, ContractType.parse) }
            let end = typed.optional("date-fin").flatMap { errors.parse("date-fin", $0, CalendarDate.parse) }
            guard errors.isEmpty, let day else { return nil }
            let request: AmendContract.Request
            do {
                request = try AmendContract.Request(
                    person: person, effective: day, weeklyHours: hours, type: type, end: end,
                    note: typed.optional("avenant_motif"))
            } catch {
                _ = errors.take(error)
                errors = errors.renamed(form.fieldNames)
                return nil
            }
            return { session in
                _ = try AmendContract(session).run(request)
                return "avenant"
            }
        }
    }
}
