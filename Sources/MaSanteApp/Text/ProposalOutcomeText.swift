import MaSanteReports
import MaSanteStore

extension ProposeWeek.Proposal {
    /// What `planning proposer` shows before saving, in French: the absence re-planned (when
    /// there is one), then the proposal with its score and the needs left short.
    public var text: String {
        let proposal = ProposalText.proposal(
            result, centre: request.centre.name, week: request.week, seed: request.seed, names: names)
        guard let absence else { return proposal }
        let replanned = ProposalText.absence(
            firstName: absence.person.firstName, lastName: absence.person.lastName, kind: absence.kind,
            replan: absence.replan)
        return replanned + "\n" + proposal
    }
}

extension ProposeWeek.Saved {
    /// `Enregistré dans la semaine en brouillon (version 3).`
    public var french: String {
        let week = intoPublishedWeek ? "publiée, avec son motif dans l'historique" : "en brouillon"
        return "Enregistré dans la semaine \(week) (version \(version))."
    }
}
