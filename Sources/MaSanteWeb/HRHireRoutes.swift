import Foundation
import Hummingbird
import MaSante
import MaSanteApp
import MaSanteStore

/// « Embaucher » (`/personnel/embaucher`): `HirePerson`, a person with their contract and
/// centre, the fields checked exactly like a line of the people import (`masante personnel
/// ajouter`). Opened from a candidate's page (`?personne=12`), the identity is filled in: the
/// contract then goes to that candidate, who reaches the stage « embauché·e ».
struct HRHireRoutes {
    let pages: Pages
    let pool: DatabasePool

    /// The fields, named like the import's columns, in its order.
    static let columns = PeopleQueries.csvColumns

    func add(to router: Router<WebContext>) {
        router.get("/personnel/embaucher") { request, context -> Response in
            let person = try context.require(.rh, .admin)
            var values: [String: String] = [:]
            if let text = request.uri.queryParameters["personne"], let id = Int(String(text)) {
                values = try await candidate(id, login: person.login)
            }
            let centres = try await centreNames(login: person.login)
            return formPage(values, centres: centres).response(pages, person: person)
        }
        router.post("/personnel/embaucher") { _, context -> Response in
            let person = try context.require(.rh, .admin)
            return try await hire(person: person, form: context.form)
        }
    }

    /// The identity fields of person n°`id`, to hire them.
    private func candidate(_ id: Int, login: String) async throws -> [String: String] {
        do {
            let file = try await pool.run(as: login) { session in try ReadPersonFile(session).run(person: "n°\(id)") }
            return [
                "personne": String(id), "nom": file.person.lastName, "prenom": file.person.firstName,
                "profession": file.person.profession.rawValue, "specialite": file.specialty ?? "",
                "rpps": file.rpps ?? "",
            ]
        } catch StoreError.notFound {
            throw PageError.notFound
        }
    }

    private func centreNames(login: String) async throws -> [String] {
        try await pool.run(as: login) { session in try CentreQueries(session).names() }
    }

    private func formPage(
        _ values: [String: String], centres: [String], errors: HRFormErrors = HRFormErrors()
    ) -> HRFormPage {
        var fields =
            HRField.identity(rppsHint: "11 chiffres ; aucun pour les secrétaires médicales.") { values[$0] } + [
                HRField(
                    name: "centre", label: "Centre d'affectation",
                    kind: .select([("", "choisir un centre")] + centres.map { ($0, $0) }),
                    value: values["centre"] ?? "", required: true),
                HRField(
                    name: "date_embauche", label: "Date d'embauche (début du contrat)", kind: .date,
                    value: values["date_embauche"] ?? "", required: true),
                HRField(
                    name: "heures_hebdo", label: "Heures par semaine", value: values["heures_hebdo"] ?? "35",
                    hint: "35 au plus, par exemple 17,5."),
                HRField(
                    name: "type_contrat", label: "Type de contrat", kind: .select([("CDI", "CDI"), ("CDD", "CDD")]),
                    value: values["type_contrat"] ?? "CDI"),
                HRField(
                    name: "date_fin", label: "Fin du contrat", kind: .date, value: values["date_fin"] ?? "",
                    hint: "Obligatoire pour un CDD."),
            ]
        var intro =
            "La personne, son contrat et son affectation sont enregistrés ensemble, vérifiés comme une ligne de l'import du personnel."
        if let id = values["personne"], !id.isEmpty {
            fields.append(HRField(name: "personne", label: "", kind: .hidden, value: id))
            intro = "Le contrat est enregistré pour cette personne, qui passe à l'étape « embauché·e »."
        }
        return HRFormPage(
            title: "Embaucher", intro: intro, action: "/personnel/embaucher", submit: "Enregistrer l'embauche",
            fields: fields, errors: errors)
    }

    private func hire(person: SignedInPerson, form: FormFields) async throws -> Response {
        var values: [String: String] = [:]
        for name in Self.columns + ["personne"] { values[name] = form[name] ?? "" }
        var errors = HRFormErrors()
        let login = person.login
        do {
            let request = try HirePerson.Request(FieldRecord(values: Self.columns.map { ($0, form[$0]) }))
            let found = try await pool.run(as: login) { session -> PersonReference? in
                _ = try HirePerson(session).run(request)
                let record = request.person
                return try? PeopleQueries(session).find(record.rpps?.digits ?? "\(record.lastName) \(record.firstName)")
            }
            guard let found else { return Pages.redirect(to: "/personnel") }
            return Pages.redirect(to: "/personnel/\(found.id)?fait=embauche")
        } catch {
            guard errors.take(error) else { throw error }
        }
        let centres = try await centreNames(login: login)
        return formPage(values, centres: centres, errors: errors).response(pages, person: person)
    }
}
