import Foundation
import Hummingbird
import MaSante
import MaSanteApp
import MaSanteStore

/// « Copier une semaine ou un modèle » into the week shown (as `planning copier --de --vers
/// [--remplacer] [--motif]`) and « Enregistrer comme modèle » (as `planning modele
/// enregistrer`). A refused form comes back on the week page, the message beside its field,
/// nothing written.
struct ManagerCopyRoutes {
    let routes: ManagerRoutes

    /// How many weeks before (and after) the week shown the source select offers.
    static let weeksAround = 6

    func add(to router: Router<WebContext>) {
        router.post("/planning/{centre}/{semaine}/copier") { _, context -> Response in
            let person = try context.require(.responsable)
            return try await copy(person: person, address: ManagerWeekAddress.from(context), form: context.form)
        }
        router.post("/planning/{centre}/{semaine}/modele") { _, context -> Response in
            let person = try context.require(.responsable)
            return try await saveTemplate(person: person, address: ManagerWeekAddress.from(context), form: context.form)
        }
    }

    /// The source select's options: the weeks around the one shown (the previous one first),
    /// then the centre's templates; `chosen` is selected.
    static func sources(week: ISOWeek, templates: [WeekTemplates.Template], chosen: String) -> [[String: Any]] {
        var weeks: [ISOWeek] = []
        var before = week.previous, after = week.next
        for _ in 0..<weeksAround {
            weeks.append(before)
            before = before.previous
        }
        for _ in 0..<2 {
            weeks.append(after)
            after = after.next
        }
        let chosen = chosen.isEmpty ? "semaine:\(week.previous)" : chosen
        let weekOptions: [[String: Any]] = weeks.map { source in
            let value = "semaine:\(source)"
            return [
                "value": value, "label": "Semaine \(source)" + (source == week.previous ? " (précédente)" : ""),
                "selected": value == chosen,
            ]
        }
        let templateOptions: [[String: Any]] = templates.map { template in
            let value = "modele:\(template.name)"
            return [
                "value": value,
                "label": "Modèle « \(template.name) » (\(template.shifts) service\(template.shifts > 1 ? "s" : ""))",
                "selected": value == chosen,
            ]
        }
        return [["group": "Semaines", "options": weekOptions]]
            + (templateOptions.isEmpty ? [] : [["group": "Modèles du centre", "options": templateOptions]])
    }

    private func copy(person: SignedInPerson, address: ManagerWeekAddress, form: FormFields) async throws -> Response {
        let chosen = form["de"] ?? ""
        let replace = form["remplacer"] == "oui"
        let reason = form.trimmed("motif")
        let view = try await routes.week(person: person, address: address)
        var errors = FieldErrors()
        var source: CopySource?
        if chosen.hasPrefix("semaine:"), let week = try? ISOWeek.parse(String(chosen.dropFirst("semaine:".count))),
            week != address.week
        {
            source = .week(week)
        } else if chosen.hasPrefix("modele:"), !chosen.dropFirst("modele:".count).isEmpty {
            source = .template(String(chosen.dropFirst("modele:".count)))
        } else {
            errors["copieDe"] = "Choisissez la semaine ou le modèle à copier dans la liste."
        }
        if view.status == .publiee && reason.isEmpty {
            errors["copieMotif"] =
                "La semaine est publiée : indiquez le motif du changement, il sera inscrit dans son historique."
        } else {
            do { try TypedText.check(reason, as: .freeText) } catch {
                errors["copieMotif"] = FieldErrors.sentence(error.message)
            }
        }
        let copyForm = ["copieChoisie": chosen, "copieRemplacer": replace, "copieMotif": reason] as [String: Any]
        guard errors.isEmpty, let source else {
            return try await routes.weekPage(
                person: person, address: address, errors: errors, extra: copyForm, status: .badRequest)
        }
        let login = person.login
        let outcome: CopyOutcome
        do {
            outcome = try await routes.pool.run(as: login) { session in
                let centre = try address.centre(in: session)
                return try CopyWeek(session).run(
                    centre: centre, from: source, to: address.week, replace: replace,
                    reason: reason.isEmpty ? nil : reason)
            }
        } catch {
            guard var refused = FieldErrors.refusal(error) else { throw error }
            let message = (refused.form ?? "").replacingOccurrences(
                of: "ajoutez --remplacer",
                with: "cochez « Remplacer les services déjà saisis »")
            refused.form = nil
            refused["copieDe"] = "Copie refusée : " + message.prefix(1).lowercased() + message.dropFirst()
            return try await routes.weekPage(
                person: person, address: address, errors: refused, extra: copyForm,
                status: .conflict)
        }
        let done =
            "\(outcome.edit.added) service\(outcome.edit.added > 1 ? "s copiés" : " copié") depuis \(source)"
            + (outcome.edit.removed > 0
                ? " (\(outcome.edit.removed) remplacé\(outcome.edit.removed > 1 ? "s" : ""))" : "")
        guard outcome.skipped.isEmpty else {
            let notice = done + ", sauf : " + outcome.skipped.joined(separator: " ; ") + "."
            return try await routes.weekPage(person: person, address: address, notice: notice)
        }
        return Pages.redirect(to: address.path + "?fait=copie")
    }

    private func saveTemplate(
        person: SignedInPerson, address: ManagerWeekAddress, form: FormFields
    ) async throws -> Response {
        let name = form.trimmed("nom")
        var errors = FieldErrors()
        if name.isEmpty {
            errors["modeleNom"] = "Donnez un nom au modèle (par exemple « Semaine type hiver »)."
        } else {
            do { try TypedText.check(name, as: .name) } catch {
                errors["modeleNom"] = FieldErrors.sentence(error.message)
            }
        }
        guard errors.isEmpty else {
            return try await routes.weekPage(
                person: person, address: address, errors: errors, extra: ["modeleNom": name],
                status: .badRequest)
        }
        let login = person.login
        do {
            _ = try await routes.pool.run(as: login) { session in
                try WeekTemplates(session).save(centre: address.centre(in: session), week: address.week, name: name)
            }
        } catch {
            guard var refused = FieldErrors.refusal(error) else { throw error }
            refused["modeleNom"] = refused.form
            refused.form = nil
            return try await routes.weekPage(
                person: person, address: address, errors: refused, extra: ["modeleNom": name],
                status: .unprocessableContent)
        }
        return Pages.redirect(to: address.path + "?fait=modele")
    }
}
