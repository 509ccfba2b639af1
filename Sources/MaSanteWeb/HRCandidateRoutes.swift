import Foundation
import Hummingbird
import MaSante
import MaSanteApp
import MaSanteStore

/// « Ajouter un candidat » (`/personnel/candidat`): `RegisterCandidate` from a form, checked
/// as `masante recrutement candidat` checks its options; then the new person's page.
struct HRCandidateRoutes {
    let pages: Pages
    let pool: DatabasePool

    func add(to router: Router<WebContext>) {
        router.get("/personnel/candidat") { _, context -> Response in
            let person = try context.require(.rh, .admin)
            return formPage(FormFields()).response(pages, person: person)
        }
        router.post("/personnel/candidat") { _, context -> Response in
            let person = try context.require(.rh, .admin)
            return try await register(person: person, form: context.form)
        }
    }

    private func formPage(_ values: FormFields, errors: HRFormErrors = HRFormErrors()) -> HRFormPage {
        HRFormPage(
            title: "Ajouter un candidat",
            intro:
                "La personne entre dans le suivi du recrutement à l'étape « candidat », à la date du premier contact.",
            action: "/personnel/candidat", submit: "Enregistrer le candidat",
            fields: HRField.identity(rppsHint: "11 chiffres, s'il est connu.") { values[$0] } + [
                HRField(
                    name: "date", label: "Date du premier contact", kind: .date,
                    value: values["date"] ?? CalendarDate.today().description, required: true),
                HRField(name: "note", label: "Remarque", kind: .textarea, value: values["note"] ?? ""),
            ],
            errors: errors)
    }

    private func register(person: SignedInPerson, form: FormFields) async throws -> Response {
        var errors = HRFormErrors()
        if form.optional("nom") == nil { errors.add("nom manquant", field: "nom") }
        if form.optional("prenom") == nil { errors.add("prénom manquant", field: "prenom") }
        let profession = errors.parse("profession", form["profession"] ?? "", Profession.parse)
        let specialty = form.optional("specialite").flatMap { errors.parse("specialite", $0, Specialty.parse) }
        let rpps = form.optional("rpps").flatMap { errors.parse("rpps", $0, RPPS.parse) }
        let date = errors.parse("date", form["date"] ?? "", CalendarDate.parse)
        if errors.isEmpty, let profession, let date {
            do {
                let request = try RegisterCandidate.Request(
                    lastName: form["nom"] ?? "", firstName: form["prenom"] ?? "", profession: profession,
                    specialty: specialty,
                    rpps: rpps, date: date, note: form.optional("note"))
                let login = person.login
                let added = try await pool.run(as: login) { session in try RegisterCandidate(session).run(request) }
                return Pages.redirect(to: "/personnel/\(added.id)?fait=candidat")
            } catch {
                guard errors.take(error) else { throw error }
            }
        }
        return formPage(form, errors: errors).response(pages, person: person)
    }
}
