import Foundation
import Hummingbird
import MaSante
import MaSanteApp
import MaSanteReports
import MaSanteStore
import Rostering
import WeekPlanner

/// « Proposer la semaine »: the preview (GET, nothing written) shows the proposal's shifts and the
/// needs it leaves short; « Accepter » (POST) proposes again with the same seed and writes that
/// proposal, if it is still the one previewed (its fingerprint, sent by the form, matches: the
/// week may have changed in between, and then the new proposal is shown to be checked again).
///
/// Someone absent for some days goes through the same flow, as `planning proposer --absence`:
/// the week page's absence form posts to `/absence` (the preview, nothing written: a POST, so that
/// the person and the kind of absence stay out of addresses and logs), whose « Accepter » posts
/// the absence's fields along with the seed and fingerprint.
struct ManagerProposalRoutes {
    let routes: ManagerRoutes

    /// The search's time limit: generous, so that the iteration budget (a few seconds on an idle
    /// server), not the clock, ends the search and the accepted proposal is the one previewed. At
    /// 20 s a loaded machine (the whole test suite on two cores) ended one search by the clock, and
    /// the acceptance answered 409 « la semaine a changé ».
    static let seconds = 60.0

    func add(to router: Router<WebContext>) {
        router.get("/planning/{centre}/{semaine}/proposition") { request, context -> Response in
            let person = try context.require(.responsable)
            let seed = request.uri.queryParameters["graine"].flatMap { UInt64(String($0)) } ?? 1
            return try await preview(person: person, address: ManagerWeekAddress.from(context), seed: seed)
        }
        router.post("/planning/{centre}/{semaine}/proposition") { _, context -> Response in
            let person = try context.require(.responsable)
            return try await accept(person: person, address: ManagerWeekAddress.from(context), form: context.form)
        }
        router.post("/planning/{centre}/{semaine}/absence") { _, context -> Response in
            let person = try context.require(.responsable)
            return try await preview(
                person: person, address: ManagerWeekAddress.from(context), seed: 1,
                absence: ManagerAbsenceForm(context.form))
        }
    }

    /// What the proposal is asked: the plain week, an absence to re-plan (and the reason for a
    /// published week), or the week page with the absence form's refusals beside its fields.
    private enum Asked {
        case week
        case absence(ProposeWeek.Absence, reason: String?)
        case refused(Response)

        var absence: ProposeWeek.Absence? { if case .absence(let absence, _) = self { absence } else { nil } }
        var reason: String? { if case .absence(_, let reason) = self { reason } else { nil } }
    }

    private func asked(
        person: SignedInPerson, address: ManagerWeekAddress, absence: ManagerAbsenceForm?
    ) async throws -> Asked {
        guard let absence else { return .week }
        let view = try await routes.week(person: person, address: address)
        switch absence.check(week: address.week, people: view.rows.map(\.reference), published: view.status == .publiee)
        {
        case .success(let checked):
            return .absence(checked.absence, reason: checked.reason)
        case .failure(let errors):
            return .refused(
                try await routes.weekPage(
                    person: person, address: address, absence: absence, errors: errors,
                    status: .badRequest))
        }
    }

    private func preview(
        person: SignedInPerson, address: ManagerWeekAddress, seed: UInt64, absence: ManagerAbsenceForm? = nil,
        notice: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let checked = try await asked(person: person, address: address, absence: absence)
        if case .refused(let page) = checked { return page }
        let login = person.login
        let proposal: ProposeWeek.Proposal
        do {
            proposal = try await routes.pool.run(as: login) { session in
                let centre = try address.centre(in: session)
                return try ProposeWeek(session).run(
                    .init(
                        centre: centre, week: address.week, seconds: Self.seconds, seed: seed,
                        absence: checked.absence, reason: checked.reason))
            }
        } catch let refusal as PlanningRefusal {
            return try await refused(refusal, person: person, address: address, absence: absence)
        }
        var values = Self.values(proposal, address: address)
        if let absence, let replanned = proposal.absence {
            values.merge(ManagerAbsencePreview.values(replanned, hidden: absence.hidden)) { $1 }
        }
        if let notice { values["notice"] = notice }
        return page(person: person, address: address, values: values, status: status)
    }

    private func accept(person: SignedInPerson, address: ManagerWeekAddress, form: FormFields) async throws -> Response
    {
        guard let seed = form["graine"].flatMap(UInt64.init), let fingerprint = form["empreinte"] else {
            throw PageError.notFound
        }
        let posted = ManagerAbsenceForm(form)
        let absence = posted.isPresent ? posted : nil
        let checked = try await asked(person: person, address: address, absence: absence)
        if case .refused(let page) = checked { return page }
        let login = person.login
        let written: Bool
        do {
            written = try await routes.pool.run(as: login) { session in
                let centre = try address.centre(in: session)
                let propose = ProposeWeek(session)
                let proposal = try propose.run(
                    .init(
                        centre: centre, week: address.week, seconds: Self.seconds, seed: seed,
                        absence: checked.absence, reason: checked.reason))
                guard Self.fingerprint(proposal) == fingerprint else { return false }
                _ = try propose.accept(proposal)
                return true
            }
        } catch let refusal as PlanningRefusal {
            return try await refused(refusal, person: person, address: address, absence: absence)
        }
        guard written else {
            return try await preview(
                person: person, address: address, seed: seed, absence: absence,
                notice:
                    "La semaine a changé depuis l'aperçu : voici la proposition à jour. Rien n'a été enregistré ; vérifiez-la puis acceptez-la.",
                status: .conflict)
        }
        return Pages.redirect(to: address.path + (checked.absence == nil ? "?fait=proposition" : "?fait=absence"))
    }

    /// A refusal of the use case: beside the absent person when they have nothing to re-plan,
    /// on the proposal's page otherwise.
    private func refused(
        _ refusal: PlanningRefusal, person: SignedInPerson, address: ManagerWeekAddress,
        absence: ManagerAbsenceForm?
    ) async throws -> Response {
        if let absence, case .nothingToReplan = refusal {
            var errors = FieldErrors()
            errors["absencePersonne"] = FieldErrors.sentence(refusal.description)
            return try await routes.weekPage(
                person: person, address: address, absence: absence, errors: errors,
                status: .unprocessableContent)
        }
        return page(
            person: person, address: address, values: ["refusal": FieldErrors.sentence(refusal.description)],
            status: .conflict)
    }

    private func page(
        person: SignedInPerson, address: ManagerWeekAddress, values: [String: Any],
        status: HTTPResponse.Status
    ) -> Response {
        var values = values
        values["path"] = address.path
        values["week"] = address.week.description
        return routes.pages.page(
            "planning-proposition", title: "Proposition — semaine \(address.week)", person: person,
            values: values, status: status, stylesheet: ManagerStylesheet.path)
    }

    /// The proposal's shifts by day and name, the needs it leaves short with why, its score.
    static func values(_ proposal: ProposeWeek.Proposal, address: ManagerWeekAddress) -> [String: Any] {
        let result = proposal.result, names = proposal.names
        let shifts = result.shifts.sorted {
            ($0.start, names[$0.personID] ?? "") < ($1.start, names[$1.personID] ?? "")
        }
        let blocking = result.findings.filter { $0.severity == .bloquant }
        let grid = Self.grid(shifts, names: names, week: address.week)
        return [
            "centre": proposal.request.centre.name,
            "seed": String(proposal.request.seed),
            "fingerprint": fingerprint(proposal),
            "count": shifts.count,
            "empty": shifts.isEmpty,
            "days": grid.days.map(ManagerWeekPage.dayLabel),
            "rows": grid.rows,
            "unfilled": result.unfilled.map { gap in
                [
                    "need": gap.need.french, "planned": gap.planned,
                    "below": gap.planned < gap.need.minimum
                        ? "minimum \(gap.need.minimum)" : "cible \(gap.need.target)",
                    "reasons": gap.reasons.isEmpty ? ["personne de ce métier n'est affecté au centre"] : gap.reasons,
                ] as [String: Any]
            },
            "allCovered": result.unfilled.isEmpty,
            "score": result.score.map { ["name": $0.name, "count": $0.count, "penalty": $0.penalty] },
            "objective": result.objective,
            "perfect": result.objective == 0,
            "blockingCount": blocking.count,
            "warningCount": result.findings.count - blocking.count,
            "blockingFindings": blocking.prefix(5).map(\.message),
            "stoppedByTime": result.stoppedByTime,
        ]
    }

    /// The proposed shifts as the week page shows a week: a row per person (by name), a column per
    /// day (Sunday only when something is proposed then).
    static func grid(
        _ shifts: [Shift], names: [Int: String], week: ISOWeek
    ) -> (days: [CalendarDate], rows: [[String: Any]]) {
        let sunday = week.days[6]
        let days = shifts.contains { $0.day == sunday } ? week.days : Array(week.days.prefix(6))
        let people = Set(shifts.map(\.personID)).sorted { (names[$0] ?? "") < (names[$1] ?? "") }
        let rows: [[String: Any]] = people.map { personID in
            let own = shifts.filter { $0.personID == personID }
            return [
                "name": names[personID] ?? "?",
                "cells": days.map { day in
                    [
                        "shifts": own.filter { $0.day == day }.map { shift in
                            [
                                "code": shift.activity.rawValue, "time": WeekGridParts.timeSpan(shift),
                                "activity": WeekGridParts.activityText(shift),
                            ]
                        }
                    ]
                },
            ]
        }
        return (days, rows)
    }

    /// What identifies a proposal: each shift's person, times, activity and place (FNV-1a, 64 bits).
    static func fingerprint(_ proposal: ProposeWeek.Proposal) -> String {
        let lines =
            proposal.edit.additions.map(\.shift).map { shift in
                "\(shift.personID)|\(shift.start.timeIntervalSince1970)|\(shift.end.timeIntervalSince1970)|\(shift.activity.rawValue)|\(shift.place ?? "")"
            }.sorted() + proposal.edit.removals.map(\.uuidString).sorted()
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in lines.joined(separator: "\n").utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
