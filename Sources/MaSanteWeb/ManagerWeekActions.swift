import Foundation
import Hummingbird
import MaSante
import MaSanteApp
import MaSanteReports
import MaSanteStore

/// The week's other actions: « Publier », « Historique » (in words: names and times) and « Qui
/// peut prendre ce créneau ? » (reads only); copies live in ``ManagerCopyRoutes``.
struct ManagerWeekActions {
    let routes: ManagerRoutes

    func add(to router: Router<WebContext>) {
        router.post("/planning/{centre}/{semaine}/publier") { _, context -> Response in
            let person = try context.require(.responsable)
            return try await publish(person: person, address: ManagerWeekAddress.from(context))
        }
        router.get("/planning/{centre}/{semaine}/historique") { _, context -> Response in
            let person = try context.require(.responsable)
            return try await history(person: person, address: ManagerWeekAddress.from(context))
        }
        router.get("/planning/{centre}/{semaine}/creneau") { request, context -> Response in
            let person = try context.require(.responsable)
            let query = FormFields(urlEncoded: request.uri.query ?? "")
            return try await suggest(person: person, address: ManagerWeekAddress.from(context), query: query)
        }
    }

    private func publish(person: SignedInPerson, address: ManagerWeekAddress) async throws -> Response {
        let login = person.login
        do {
            _ = try await routes.pool.run(as: login) { session in
                try PublishWeek(session).run(centre: address.centre(in: session), week: address.week).version
            }
        } catch {
            guard var refused = FieldErrors.refusal(error) else { throw error }
            let reason = refused.form ?? ""
            if !reason.lowercased().hasPrefix("publication refusée") {
                refused.form = "Publication refusée : " + reason.prefix(1).lowercased() + reason.dropFirst()
            }
            return try await routes.weekPage(person: person, address: address, errors: refused, status: .conflict)
        }
        return Pages.redirect(to: address.path + "?fait=publication")
    }

    private func history(person: SignedInPerson, address: ManagerWeekAddress) async throws -> Response {
        let login = person.login
        let (centre, changes) = try await routes.pool.run(as: login) { session in
            let centre = try address.centre(in: session)
            return (centre, try WeekHistory(session).run(centre: centre, week: address.week))
        }
        let entries: [[String: Any]] = changes.map { change in
            var lines: [[String: String]] = []
            switch (change.before, change.after) {
            case (let before?, let after?):
                lines = [
                    ["label": "avant", "text": WeekGridParts.changedShift(before)],
                    ["label": "après", "text": WeekGridParts.changedShift(after)],
                ]
            case (let only?, nil), (nil, let only?):
                lines = [["label": "service", "text": WeekGridParts.changedShift(only)]]
            case (nil, nil):
                break
            }
            var entry: [String: Any] = [
                "when": ScheduleFrench.moment(change.at), "by": change.by,
                "operation": WeekGridParts.changeOperation(change), "lines": lines,
            ]
            if let reason = change.reason { entry["reason"] = reason }
            return entry
        }
        return routes.pages.page(
            "planning-historique", title: "Historique — \(centre.name) — semaine \(address.week)",
            person: person,
            values: [
                "centre": WeekGridParts.centreTitle(centre.name), "week": address.week.description,
                "path": address.path, "changes": entries, "none": entries.isEmpty,
            ], stylesheet: ManagerStylesheet.path)
    }

    private func suggest(
        person: SignedInPerson, address: ManagerWeekAddress, query: FormFields
    ) async throws -> Response {
        let view = try await routes.week(person: person, address: address)
        let form = ManagerShiftForm(query)
        let page = ManagerWeekPage(view: view, address: address)
        var values = form.values(week: view.week, people: page.people)
        values["path"] = address.path
        values["week"] = view.week.description
        values["centre"] = WeekGridParts.centreTitle(view.centreName)
        values["published"] = view.status == .publiee
        let asked = query["jour"] != nil
        var status = HTTPResponse.Status.ok
        if asked {
            switch form.check(week: view.week, people: nil, published: false) {
            case .failure(let errors):
                values.merge(errors.values) { $1 }
                status = .badRequest
            case .success(let checked):
                let slot = try CandidateSlot(
                    centreID: view.centreID, day: checked.day, from: checked.start, to: checked.end,
                    activity: checked.activity, place: checked.place)
                let login = person.login
                let suggestion = try await routes.pool.run(as: login) { session in
                    try SuggestSlotTakers(session).run(centre: address.centre(in: session), slot: slot)
                }
                let references = Dictionary(view.rows.map { ($0.personID, $0.reference) }) { first, _ in first }
                values.merge(Self.values(suggestion, form: form, references: references)) { $1 }
            }
        }
        return routes.pages.page(
            "planning-creneau", title: "Qui peut prendre ce créneau ? — \(view.centreName)", person: person,
            values: values, status: status, stylesheet: ManagerStylesheet.path)
    }

    /// The candidates, best first, each possible one with a button adding the shift for them.
    static func values(_ suggestion: SlotSuggestion, form: ManagerShiftForm, references: [Int: String]) -> [String: Any]
    {
        let slot = suggestion.slot
        let possible = suggestion.candidates.filter(\.isPossible).count
        let conclusion: String
        if suggestion.candidates.isEmpty {
            conclusion =
                "Personne ne peut prendre ce créneau : aucune personne affectée au centre ce jour-là n'a une profession qui permet l'activité « \(slot.activity.label.lowercased()) »."
        } else if possible == 0 {
            conclusion =
                "Personne ne peut prendre ce créneau : chacune des \(suggestion.candidates.count) personnes envisagées y rencontre un constat bloquant."
        } else {
            conclusion =
                "\(possible) personne\(possible > 1 ? "s" : "") sur \(suggestion.candidates.count) peu\(possible > 1 ? "vent" : "t") prendre ce créneau. Rien n'a été enregistré."
        }
        return [
            "asked": true,
            "slot": "\(ScheduleFrench.period(slot.interval)), \(slot.activity.label.lowercased())"
                + (slot.place.map { " (\($0))" } ?? ""),
            "conclusion": conclusion,
            "candidates": suggestion.candidates.map { candidate in
                let contract = candidate.contractHours.map { ScheduleFrench.duration($0 * 3600) } ?? "sans contrat"
                return [
                    "rank": candidate.rank, "name": candidate.person.name,
                    "profession": candidate.person.profession.label,
                    "hours":
                        "\(ScheduleFrench.duration(candidate.hoursBefore)) → \(ScheduleFrench.duration(candidate.hoursAfter)) / \(contract)",
                    "advice": candidate.advice,
                    "possible": candidate.isPossible && references[candidate.person.personID] != nil,
                    "reference": references[candidate.person.personID] ?? "",
                    "jour": form.day, "debut": form.start, "fin": form.end, "activite": form.activity,
                    "lieu": form.place,
                ] as [String: Any]
            },
        ]
    }
}
