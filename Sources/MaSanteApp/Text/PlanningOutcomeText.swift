public import MaSante
public import MaSanteReports
public import MaSanteStore
public import WeekPlanner

extension AddShift.Outcome {
    /// What `planning ajouter` says: the shift added, then each week touched.
    public var lines: [String] {
        let added =
            "Service ajouté : \(shift.person), \(ScheduleFrench.date(shift.day)) \(shift.start)–\(shift.end), \(shift.activity.label.lowercased()) (\(shift.centre))."
        return [added] + edit.weekLines
    }
}

extension MoveShift.Outcome {
    /// What `planning deplacer` says: the shift before → after, then each week touched.
    public var lines: [String] {
        let moved =
            "Service déplacé : \(before.personName), \(ScheduleFrench.period(before.shift.interval)) → \(personName), \(ScheduleFrench.period(after.interval)) (\(before.shift.activity.label.lowercased()), \(before.centreName))."
        return [moved] + edit.weekLines
    }
}

extension EditOutcome {
    /// What `planning supprimer` says: the count of shifts deleted, then each week touched.
    public var deletedLines: [String] { ["\(removed) service(s) supprimé(s)."] + weekLines }

    /// What `planning importer` says: the shifts added (and replaced), then each week touched.
    public var importedLines: [String] {
        let replaced = removed > 0 ? ", \(removed) remplacé(s)" : ""
        return ["Import du planning terminé — \(added) service(s) ajouté(s)\(replaced)."] + weekLines
    }
}

extension ProposeWeek {
    /// What `planning proposer --apercu` says after the proposal.
    public static let previewNotice = "Aperçu : rien n'a été enregistré."

    /// `planning proposer`: proposes, says the proposal, then saves it (unless `preview`) and
    /// says what was saved. The proposal is said before saving, so a refused save still shows it.
    public func propose(_ request: Request, preview: Bool, say: (String) -> Void) throws {
        let proposal = try run(request)
        try Self.sayThenSave(proposal.text, preview: preview, say: say) { try accept(proposal)?.french }
    }

    /// Says a proposal's `text`, then unless `preview` saves it and says what `save` did (nil: nothing to save).
    static func sayThenSave(
        _ text: String, preview: Bool, say: (String) -> Void, save: () throws -> String?
    ) throws {
        say(text)
        if preview {
            say(previewNotice)
        } else if let saved = try save() {
            say(saved)
        }
    }
}

extension ProposeNetwork {
    /// `planning proposer --centres|--reseau`: proposes, says the proposal centre by centre, then
    /// saves it in one transaction (unless `preview`) and says what was saved.
    public func propose(_ request: Request, preview: Bool, say: (String) -> Void) throws {
        let proposal = try run(request)
        let text = NetworkProposalText.proposal(proposal, seed: request.seed)
        try ProposeWeek.sayThenSave(text, preview: preview, say: say) { try accept(proposal)?.french }
    }
}

extension ProposeNetwork.Saved {
    /// `Enregistré dans les semaines en brouillon de 2 centre(s), en une fois (A version 3, B version 1).`
    public var french: String {
        let versions = edit.weeks.map { "\($0.centreName) version \($0.version)" }
        return
            "Enregistré dans les semaines en brouillon de \(edit.weeks.count) centre(s), en une fois (\(versions.joined(separator: ", ")))."
    }
}

extension WeekTemplates.Template {
    /// What `planning modele enregistrer` says once the week is saved as the template `name`.
    public static func saved(_ name: String, centre: String, shifts: Int, week: ISOWeek) -> String {
        "Modèle « \(name) » de \(centre) enregistré : \(shifts) service(s) de la semaine \(week)."
    }

    /// What `planning modele liste` says: each template and its shifts, or that there is none.
    public static func lines(_ templates: [Self], centre: String) -> [String] {
        guard !templates.isEmpty else { return ["\(centre) n'a aucun modèle de semaine."] }
        return templates.map { "\($0.name) : \($0.shifts) service(s)" }
    }
}

extension CoverNeeds.Outcome {
    /// `planning besoins liste` in `format`; in text, whether the needs are recorded or deduced first.
    public func document(_ format: OutputFormat, centre: String) -> String {
        let listing = ListingRenderer(listing: RegistryListings.coverNeeds(needs)).render(format)
        guard format == .texte else { return listing }
        let heading =
            recorded
            ? "Besoins enregistrés pour \(centre) :"
            : "\(centre) n'a pas de besoins enregistrés : voici ceux déduits de ses horaires d'ouverture."
        return heading + "\n" + listing
    }
}

extension ChangeRules.Outcome {
    /// The warnings of `planning regles`: each limit looser than the law's default.
    public var warnings: [String] {
        looserThanDefault.map { name in
            "\(name.rawValue) = \(name.text(in: settings.limits)) est moins strict que la limite légale par défaut (\(name.text(in: RuleLimits()))) : vérifiez qu'un accord le permet."
        }
    }
}

extension WeekView {
    /// `planning verifier` in `format`: in json the findings; in text the week's heading, then its findings.
    public func findingsDocument(_ format: OutputFormat, week: ISOWeek) throws -> String {
        guard format != .json else { return try WeekGridData(view: self).findingsJSON() }
        return "\(centreName), semaine \(week) (\(status.label.lowercased())) :\n" + WeekGrid.findingsText(findings)
    }
}

extension EditedWeek {
    /// What `planning publier` says: the week published and locked, then its findings if any.
    public func publishedLines(centre: String) -> [String] {
        let published =
            "Semaine \(week) de \(centre) publiée (version \(version)). Elle est désormais verrouillée : tout changement demande un motif (--motif) et sera inscrit dans son historique."
        return [published] + (findings.isEmpty ? [] : [WeekGrid.findingsText(findings)])
    }
}

extension ChangeHistory {
    /// `planning historique` in `format` (json, or text).
    public static func document(
        _ changes: [PlanningChange], _ format: OutputFormat, centre: String, week: ISOWeek
    ) throws -> String {
        format == .json ? try json(changes, centre: centre, week: week) : text(changes, centre: centre, week: week)
    }
}

extension SlotSuggestion {
    /// What `planning suggerer` writes of it.
    public var text: SlotSuggestionText {
        SlotSuggestionText(centreName: centreName, week: week, status: status, slot: slot, candidates: candidates)
    }
}

extension ImportPreferences.Outcome {
    /// What `planning preferences importer` says.
    public var french: String { "Préférences importées : \(preferences) ligne(s) pour \(people) personne(s)." }
}

extension CoverNeeds {
    /// What `planning besoins importer` says once the needs of `centre` are replaced by `count` needs.
    public static func replaced(_ count: Int, centre: CentreReference) -> String {
        "Besoins de \(centre.name) remplacés : \(count) besoin(s)."
    }
}

extension ExplainWeek {
    /// What `planning expliquer` says of the week of `centre`.
    public static func text(_ explained: WeekProposal, centre: CentreReference, week: ISOWeek) -> String {
        "Score de \(centre.name), semaine \(week) :\n" + ProposalText.report(explained)
    }
}
