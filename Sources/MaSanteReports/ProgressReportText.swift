import Foundation
public import MaSante

/// The progress report as French plain text (terminal) and as `indicateur;valeur` CSV.
public struct ProgressReportText {
    let report: ProgressReport

    /// The renderings of `report`.
    public init(report: ProgressReport) { self.report = report }

    static let professionTitles: [(code: String, title: String)] = [
        ("medecin_generaliste", "Médecins généralistes"), ("medecin_specialiste", "Médecins spécialistes"),
        ("infirmier", "Infirmiers"), ("sage_femme", "Sages-femmes"),
    ]

    /// The report in French for a terminal, without a final line break.
    public var text: String {
        let r = report
        var lines = ["Ma santé, Ma Région — rapport d'avancement au \(FrenchDate.long(r.asOf))", ""]
        lines.append(
            "Recrutements vers l'objectif : \(FrenchFormat.number(r.hired)) / \(FrenchFormat.number(r.goal)) (\(FrenchFormat.percent(r.completion))), échéance le \(FrenchDate.long(r.deadline))"
        )
        for (code, title) in Self.professionTitles {
            lines.append(
                "  " + title.padding(toLength: 26, withPad: " ", startingAt: 0)
                    + FrenchFormat.number(r.hiredByProfession[code] ?? 0))
        }
        let outside = r.hiredOutsideGoal.values.reduce(0, +)
        lines.append("  Hors objectif (secrétaires médicales) : \(FrenchFormat.number(outside))")
        if r.rehired > 0 {
            lines.append("  Dont réembauches (chaque personne comptée une fois) : \(FrenchFormat.number(r.rehired))")
        }
        lines.append(
            "En poste : \(FrenchFormat.number(r.inPost)) professionnels de santé, \(FrenchFormat.fixed(r.fte, digits: 1)) ETP"
        )
        lines.append(
            "Présents : \(FrenchFormat.number(r.present)) professionnels de santé, \(FrenchFormat.fixed(r.presentFTE, digits: 1)) ETP (hors \(FrenchFormat.number(r.inPost - r.present)) en absence longue)"
        )
        lines.append(Self.welcomeLine(r.welcome))
        let byYear = r.openingsByYear.keys.sorted().map { "\($0) : \(r.openingsByYear[$0]!)" }.joined(separator: " · ")
        let years = byYear.isEmpty ? "aucune" : byYear
        lines.append(
            "Centres ouverts : \(r.centresOpen) — ouvertures par an : \(years) (objectif ≈ \(r.openingsTargetPerYear) par an)"
        )
        lines += ReportTerritoryLines(report: r).sentences
        let a = r.activity
        let provisional =
            r.provisionalActivity.isEmpty
            ? "" : ", dont \(r.provisionalActivity.count) mois provisoire\(r.provisionalActivity.count > 1 ? "s" : "")"
        lines.append(
            "Activité (mois complets\(provisional)) : \(FrenchFormat.number(a.consultations)) consultations dont \(FrenchFormat.number(a.unscheduledConsultations)) non programmées, \(FrenchFormat.number(a.homeVisits)) visites à domicile, \(FrenchFormat.number(a.ehpadVisits)) visites en EHPAD"
        )
        lines.append("Nouveaux patients avec un médecin traitant : \(FrenchFormat.number(a.newReferringPatients))")
        lines += Self.provisionalLines(r.provisionalActivity)
        lines.append("Projection : \(Self.projectionSentence(r))")
        lines.append("")
        lines.append("Recrutements par département")
        for code in r.hiredByDepartement.keys.sorted() {
            let name = Departement(code)?.description ?? code
            lines.append(
                "  " + name.padding(toLength: 26, withPad: " ", startingAt: 0)
                    + FrenchFormat.number(r.hiredByDepartement[code]!))
        }
        lines.append("")
        let table = Listing(
            columns: ["centre", "dep", "ouverture", "recrutes", "en_poste", "etp"],
            rows: r.byCentre.map { c in
                [
                    .text(c.name), .text(c.departement), c.openedOn.map(Listing.Cell.date) ?? .null,
                    .integer(c.hired), c.inPost.map(Listing.Cell.integer) ?? Self.withheld,
                    c.fte.map(Listing.Cell.number) ?? Self.withheld,
                ]
            })
        lines.append("Par centre")
        lines.append(
            ListingRenderer(
                listing: table, titles: ["dep": "dép.", "recrutes": "recrutés", "en_poste": "en poste", "etp": "ETP"],
                decimals: ["etp": 1]
            ).text)
        if r.byCentre.contains(where: \.isWithheld) { lines.append(Self.withheldNote) }
        return lines.joined(separator: "\n")
    }

    /// What a withheld cell shows.
    static let withheld = Listing.Cell.text("< \(CentreFigures.minimumCell)")

    static let withheldNote =
        "« < \(CentreFigures.minimumCell) » : moins de \(CentreFigures.minimumCell) personnes en poste, effectif et ETP non publiés (secret statistique)."

    /// « Accueil des recrues des 12 derniers mois (16) : 8 terminés, 5 en cours, 3 en retard, 0 sans liste »;
    /// a withheld count shows « < 3 ».
    static func welcomeLine(_ w: WelcomeFigures) -> String {
        let count = { (value: Int?) in value.map(FrenchFormat.number) ?? "< \(CentreFigures.minimumCell)" }
        let line =
            "Accueil des recrues des 12 derniers mois (\(FrenchFormat.number(w.recruits))) : \(count(w.finished)) terminé(s), \(count(w.inProgress)) en cours, \(count(w.late)) en retard, \(count(w.withoutChecklist)) sans liste d'accueil"
        return w.hasWithheld ? line + " (« < \(CentreFigures.minimumCell) » : secret statistique)" : line
    }

    /// The months whose activity lacks some centres' declarations, each with those centres.
    static func provisionalLines(_ months: [ProvisionalMonth]) -> [String] {
        guard !months.isEmpty else { return [] }
        return [
            "Activité provisoire (mois non déclarés par des centres ouverts : leur activité manque aux totaux, elle n'est pas comptée comme nulle) :"
        ]
            + months.map { month in
                let count = month.missingCentres.count
                return
                    "  \(monthTitle(month.month)) — provisoire, \(count) centre\(count > 1 ? "s" : "") sans déclaration : \(month.missingCentres.joined(separator: ", "))"
            }
    }

    /// `octobre 2026` for `2026-10`.
    static func monthTitle(_ month: String) -> String {
        let parts = month.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, let date = CalendarDate(year: parts[0], month: parts[1], day: 1) else { return month }
        return FrenchDate.monthYear(date)
    }

    /// One sentence on the pace, the date the goal is reached and the pace needed.
    static func projectionSentence(_ r: ProgressReport) -> String {
        let p = r.projection
        if r.hired >= r.goal { return "l'objectif de \(r.goal) est atteint." }
        var sentence = "au rythme des 12 derniers mois (\(FrenchFormat.hires(p.monthlyPace)) par mois), "
        if let date = p.goalDate {
            sentence += "l'objectif serait atteint vers \(FrenchDate.monthYear(date))"
        } else {
            sentence += "l'objectif ne serait pas atteint (aucun recrutement en 12 mois)"
        }
        if let required = p.requiredPace {
            sentence +=
                " ; pour l'atteindre le \(FrenchDate.long(r.deadline)), il faut \(FrenchFormat.hires(required)) par mois."
        } else {
            sentence += " ; l'échéance du \(FrenchDate.long(r.deadline)) est passée."
        }
        return sentence
    }

    /// `indicateur;valeur` lines, one figure per line, for spreadsheets.
    public var csv: String {
        let r = report
        var rows: [(String, String)] = [
            ("au", r.asOf.description), ("objectif", String(r.goal)), ("echeance", r.deadline.description),
            ("recrutes", String(r.hired)), ("en_poste", String(r.inPost)),
            ("etp", FrenchFormat.decimal(r.fte, digits: 4, grouping: false)),
            ("presents", String(r.present)),
            ("etp_presents", FrenchFormat.decimal(r.presentFTE, digits: 4, grouping: false)),
            ("reembauches", String(r.rehired)),
            ("centres_ouverts", String(r.centresOpen)),
        ]
        let w = r.welcome
        rows += [
            ("accueil.recrues_12_mois", String(w.recruits)), ("accueil.termine", w.finished.map(String.init) ?? ""),
            ("accueil.en_cours", w.inProgress.map(String.init) ?? ""),
            ("accueil.en_retard", w.late.map(String.init) ?? ""),
            ("accueil.sans_liste", w.withoutChecklist.map(String.init) ?? ""),
        ]
        rows += r.hiredByProfession.sorted { $0.key < $1.key }.map { ("par_profession.\($0.key)", String($0.value)) }
        rows += r.hiredOutsideGoal.sorted { $0.key < $1.key }.map { ("hors_objectif.\($0.key)", String($0.value)) }
        rows += r.hiredByDepartement.sorted { $0.key < $1.key }.map { ("par_departement.\($0.key)", String($0.value)) }
        rows += r.openingsByYear.sorted { $0.key < $1.key }.map { ("ouvertures_par_an.\($0.key)", String($0.value)) }
        rows += r.byMonth.map { ("par_mois.\($0.month)", String($0.hired)) }
        let a = r.activity
        rows += [
            ("activite.consultations", String(a.consultations)),
            ("activite.consultations_programmees", String(a.scheduledConsultations)),
            ("activite.consultations_non_programmees", String(a.unscheduledConsultations)),
            ("activite.visites_domicile", String(a.homeVisits)), ("activite.visites_ehpad", String(a.ehpadVisits)),
            ("activite.nouveaux_patients_medecin_traitant", String(a.newReferringPatients)),
        ]
        rows += r.provisionalActivity.map {
            (
                "activite_provisoire.\($0.month)",
                Self.csvField(SpreadsheetFormula.neutralised($0.missingCentres.joined(separator: ", ")))
            )
        }
        rows += [
            ("projection.rythme_mensuel", FrenchFormat.decimal(r.projection.monthlyPace, digits: 4, grouping: false)),
            ("projection.date_objectif", r.projection.goalDate?.description ?? ""),
            (
                "projection.rythme_necessaire",
                r.projection.requiredPace.map { FrenchFormat.decimal($0, digits: 4, grouping: false) } ?? ""
            ),
        ]
        rows += ReportTerritoryLines(report: r).csvRows
        return (["indicateur;valeur"] + rows.map { "\($0.0);\($0.1)" }).joined(separator: "\n") + "\n"
    }

    /// A value quoted when it holds the separator or a quote, as spreadsheets read it.
    static func csvField(_ text: String) -> String {
        text.contains(";") || text.contains("\"") || text.contains("\n")
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// The JSON of the design contract, keys sorted.
    public var json: String {
        ((try? ReportJSON.text(report)) ?? "") + "\n"
    }
}
