import Foundation
public import MaSante

/// The progress report's territories, yearly sub-targets and pipeline, in French sentences and in
/// `indicateur;valeur` CSV rows: what the text, CSV and HTML renderings add when the registry has
/// them.
public struct ReportTerritoryLines {
    let report: ProgressReport

    public init(report: ProgressReport) { self.report = report }

    /// `ZIP 95 (71,4 %), ZAC 30 (22,6 %)…` over `total`.
    static func shares(_ counts: [String: Int], total: Int) -> String {
        TerritoryFigures.titles.compactMap { key, title in
            let count = counts[key] ?? 0
            if key == "non_classe" && count == 0 { return nil }
            let share = total > 0 ? " (\(FrenchFormat.percent(Double(count) / Double(total))))" : ""
            return "\(title) \(FrenchFormat.number(count))\(share)"
        }.joined(separator: ", ")
    }

    /// The sentences, one a line; none for what the registry does not hold.
    public var sentences: [String] {
        let r = report
        var lines: [String] = []
        if let t = r.territories {
            lines.append(
                "Recrues par zonage de l'ARS (commune du premier centre, zonage en vigueur) : \(Self.shares(t.recruits, total: r.hired))"
            )
            lines.append("Centres ouverts par zonage : \(Self.shares(t.openCentres, total: r.centresOpen))")
        }
        for target in r.yearTargets ?? [] {
            let title = Profession(rawValue: target.profession)?.label ?? target.profession
            let share =
                target.target > 0 ? " (\(FrenchFormat.percent(Double(target.hired) / Double(target.target))))" : ""
            lines.append(
                "Objectif \(target.year) — \(title) : \(FrenchFormat.number(target.hired)) recruté(s) sur \(FrenchFormat.number(target.target))\(share)"
            )
        }
        if let p = r.pipeline {
            let stages = CentreStatus.allCases.compactMap { status in
                p.byStatus[status.rawValue].map { "\($0) \(Self.stage(status, count: $0))" }
            }.joined(separator: ", ")
            lines.append(
                "Centres en projet : \(p.centres) (\(stages)) — ouvertures prévues : \(p.projectedOpenings) (convention signée ou en préparation)"
            )
        }
        return lines
    }

    /// A pipeline stage counted: `1 retenue`, `2 conventions signées` (French plural from 2).
    static func stage(_ status: CentreStatus, count: Int) -> String {
        let plural = count >= 2
        switch status {
        case .candidature: return plural ? "candidatures AMI" : "candidature AMI"
        case .retenue: return plural ? "retenues" : "retenue"
        case .conventionSignee: return plural ? "conventions signées" : "convention signée"
        case .enPreparation: return "en préparation"
        case .ouvert, .ferme: return status.label
        }
    }

    /// The CSV rows (`territoires.recrues.zip`, `objectifs_annuels.2022.medecin_specialiste.cible`,
    /// `projets.retenue`, `projets.ouvertures_prevues`…).
    public var csvRows: [(String, String)] {
        let r = report
        var rows: [(String, String)] = []
        if let t = r.territories {
            rows += TerritoryFigures.titles.map { ("territoires.recrues.\($0.key)", String(t.recruits[$0.key] ?? 0)) }
            rows += TerritoryFigures.titles.map {
                ("territoires.centres_ouverts.\($0.key)", String(t.openCentres[$0.key] ?? 0))
            }
        }
        for target in r.yearTargets ?? [] {
            let key = "objectifs_annuels.\(target.year).\(target.profession)"
            rows += [("\(key).cible", String(target.target)), ("\(key).recrutes", String(target.hired))]
        }
        if let p = r.pipeline {
            rows += p.byStatus.sorted { $0.key < $1.key }.map { ("projets.\($0.key)", String($0.value)) }
            rows.append(("projets.ouvertures_prevues", String(p.projectedOpenings)))
        }
        return rows
    }
}
