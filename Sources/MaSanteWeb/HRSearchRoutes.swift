import Foundation
import Hummingbird
import MaSante
import MaSanteApp
import MaSanteStore

/// The people list (`/personnel`): a GET form (so a search is bookmarkable) with the text and
/// the filters of `SearchPeople` (centre, profession, stage, contract ending before a day), and
/// the people found, each linked to their page. HR and the administrators see everyone; a
/// manager, the staff of their centres (row-level security); the Region gets « introuvable ».
struct HRSearchRoutes {
    let pages: Pages
    let pool: DatabasePool

    func add(to router: Router<WebContext>) {
        router.get("/personnel") { request, context -> Response in
            let person = try context.require(.rh, .admin, .responsable)
            return try await search(person: person, query: FormFields(urlEncoded: request.uri.query ?? ""))
        }
    }

    private func search(person: SignedInPerson, query: FormFields) async throws -> Response {
        var errors = HRFormErrors()
        let profession = query.optional("profession").flatMap { errors.parse("profession", $0, Profession.parse) }
        let stage = query.optional("etape").flatMap { errors.parse("etape", $0, RecruitmentStage.parse) }
        let ending = query.optional("fin_avant").flatMap { errors.parse("fin_avant", $0, CalendarDate.parse) }
        let request = SearchPeople.Request(
            text: query.optional("q"), centre: query.optional("centre"), profession: profession,
            stage: stage, contractEndingBefore: ending)
        let login = person.login
        let valid = errors.isEmpty
        let (centres, found): ([String], Result<[PersonSummary], StoreError>) = try await pool.run(as: login) {
            session in
            let centres = try CentreQueries(session).names()
            guard valid else { return (centres, .success([])) }
            do {
                return (centres, .success(try SearchPeople(session).run(request)))
            } catch let error as StoreError {
                return (centres, .failure(error))
            }
        }
        var people: [PersonSummary] = []
        switch found {
        case .success(let list): people = list
        case .failure(let error): errors.add(error.description, field: "centre")
        }
        var fields = [
            HRField(name: "q", label: "Nom, prénom ou RPPS", value: query["q"] ?? ""),
            HRField(
                name: "centre", label: "Centre", kind: .select([("", "tous")] + centres.map { ($0, $0) }),
                value: query["centre"] ?? ""),
            HRField(
                name: "profession", label: "Profession", kind: .select([("", "toutes")] + HRField.professions),
                value: query["profession"] ?? ""),
            HRField(
                name: "etape", label: "Étape de recrutement",
                kind: .select([("", "toutes")] + RecruitmentStage.allCases.map { ($0.rawValue, $0.label) }),
                value: query["etape"] ?? ""),
            HRField(
                name: "fin_avant", label: "Contrat se terminant avant le", kind: .date, value: query["fin_avant"] ?? ""),
        ]
        let messages = errors.apply(to: &fields)
        let rows: [[String: Any]] = people.map { found in
            [
                "id": found.id, "lastName": found.lastName, "firstName": found.firstName,
                "profession": found.profession.label,
                "rpps": found.rpps ?? "", "stage": found.stage?.label ?? "",
                "centres": found.centres.joined(separator: ", "),
                "end": found.contractEnd?.french ?? "",
            ]
        }
        let values: [String: Any] = [
            "fields": fields.map(\.values), "messages": messages, "hasMessages": !messages.isEmpty,
            "valid": errors.isEmpty, "people": rows, "count": rows.count, "none": rows.isEmpty,
            "full": rows.count >= 500,
            "canEdit": person.role == .rh || person.role == .admin,
        ]
        return pages.page(
            "rh-personnel", title: "Personnel", person: person, values: values,
            status: errors.isEmpty ? .ok : .badRequest)
    }
}
