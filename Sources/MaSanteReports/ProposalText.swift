public import MaSante
import Rostering
public import WeekPlanner

/// A proposed or explained week in French words (`planning proposer`, `planning expliquer`):
/// its shifts, its score per constraint, the needs left short with their reasons.
///
/// ```swift
/// print(ProposalText.report(proposal))   // « Score : 12 point(s) … Besoins non couverts (2) : … »
/// ```
public enum ProposalText {
    /// The score per constraint, the needs left short with their reasons, and the findings' count.
    public static func report(_ proposal: WeekProposal) -> String {
        var lines: [String] = []
        if proposal.score.isEmpty {
            lines.append("Score : 0 (tous les besoins sont couverts, heures conformes aux contrats).")
        } else {
            lines.append("Score : \(proposal.objective) point(s)")
            for term in proposal.score {
                lines.append("  \(term.name) : \(term.count) → \(term.penalty) point(s)")
            }
        }
        if proposal.unfilled.isEmpty {
            lines.append("Besoins : tous couverts.")
        } else {
            lines.append("Besoins non couverts (\(proposal.unfilled.count)) :")
            for gap in proposal.unfilled {
                let below = gap.planned < gap.need.minimum ? "minimum \(gap.need.minimum)" : "cible \(gap.need.target)"
                lines.append("  \(gap.need.french) : \(gap.planned) planifié(s), \(below)")
                lines += gap.reasons.map { "    - \($0)" }
                if gap.reasons.isEmpty { lines.append("    - personne de ce métier n'est affecté au centre") }
            }
        }
        let blocking = proposal.findings.filter { $0.severity == .bloquant }.count
        let warnings = proposal.findings.count - blocking
        lines.append(
            "Constats de la semaine : \(blocking) bloquant(s), \(warnings) avertissement(s) (détail : « masante planning verifier »)."
        )
        lines += proposal.findings.filter { $0.severity == .bloquant }.prefix(5).map { "  bloquant : \($0.message)" }
        return lines.joined(separator: "\n")
    }

    /// The proposal's shifts by start and name, its score, and how the search ended.
    public static func proposal(
        _ result: WeekProposal, centre: String, week: ISOWeek, seed: UInt64, names: [Int: String]
    ) -> String {
        var lines = ["Proposition pour \(centre), semaine \(week) : \(result.shifts.count) service(s)."]
        for shift in result.shifts.sorted(by: {
            ($0.start, names[$0.personID] ?? "") < ($1.start, names[$1.personID] ?? "")
        }) {
            lines.append("  \(line(shift, name: names[shift.personID] ?? "?"))")
        }
        lines.append(report(result))
        lines.append("Recherche : \(FrenchNumber.format(result.seconds, maxFractionDigits: 1)) s, graine \(seed).")
        if result.stoppedByTime {
            lines.append(
                "Attention : la recherche a été arrêtée par --secondes avant la fin ; relancée, la même graine peut donner une autre proposition (augmentez --secondes)."
            )
        }
        return lines.joined(separator: "\n")
    }

    /// `mardi 2 mars 2027 08:30–12:30  Karim DENIS  Consultation, EHPAD Les Tilleuls`.
    public static func line(_ shift: Shift, name: String) -> String {
        let place = shift.place.map { ", \($0)" } ?? ""
        return
            "\(ScheduleFrench.date(shift.day)) \(shift.startTime)–\(shift.endTime)  \(name)  \(shift.activity.label)\(place)"
    }

    /// The absent person's shifts now absences, those left to plan by hand, and what is planned again.
    public static func absence(firstName: String, lastName: String, kind: Activity, replan: AbsenceReplan) -> String {
        let name = "\(firstName) \(lastName)"
        var lines = [
            "Absence de \(lastName) \(firstName) (\(kind.label.lowercased())) : \(replan.absent.count) service(s) deviennent « \(kind.label) » :"
        ]
        lines += replan.absent.map { "  \(line($0, name: name)) → \(kind.label)" }
        lines += replan.notReplanned.map {
            "  non replanifié (service de nuit ou du dimanche, à confier avec « planning ajouter ») : \(line($0, name: name))"
        }
        lines.append(
            "Seuls les besoins que couvraient ces services sont replanifiés ; les autres jours et les services des autres restent tels quels ; \(name) ne reçoit aucun nouveau service cette semaine."
        )
        return lines.joined(separator: "\n")
    }
}
