import MaSante
import MaSanteReports
import MaSanteStore
import WeekPlanner

/// A network proposal in French words (`planning proposer --centres`, `--reseau`): a summary
/// line, the centres left out, then each centre's proposal as ``ProposalText`` writes it.
public enum NetworkProposalText {
    public static func proposal(_ proposal: ProposeNetwork.Proposal, seed: UInt64) -> String {
        let shifts = proposal.parts.map(\.result.shifts.count).reduce(0, +)
        let short = proposal.parts.flatMap(\.result.unfilled).filter { $0.planned < $0.need.minimum }.count
        let blocking = proposal.parts.filter { !$0.result.feasible }.map(\.centre.name)
        var lines = [
            "Proposition pour \(proposal.parts.count) centre(s), semaine \(proposal.request.week) : \(shifts) service(s), "
                + "\(short) besoin(s) sous leur minimum, \(blocking.isEmpty ? "aucun constat bloquant" : "constats bloquants à \(blocking.joined(separator: ", "))") "
                + "(\(FrenchNumber.format(proposal.seconds, maxFractionDigits: 1)) s, graine \(seed))."
        ]
        if !proposal.published.isEmpty {
            lines.append(
                "Semaine publiée, laissée de côté : \(proposal.published.map(\.name).joined(separator: ", ")).")
        }
        for part in proposal.parts {
            lines.append("")
            lines.append(
                ProposalText.proposal(
                    part.result, centre: part.centre.name, week: proposal.request.week, seed: seed,
                    names: proposal.names))
        }
        return lines.joined(separator: "\n")
    }
}
